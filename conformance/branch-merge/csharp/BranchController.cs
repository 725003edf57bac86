using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class BranchController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string fixedCommand;
        if (host.Length > 3)
        {
            fixedCommand = "ping -c 1 localhost";
        }
        else
        {
            fixedCommand = "uptime";
        }
        // plumb-ok: command-injection
        Process.Start(fixedCommand);
        string requested = "uptime";
        if (host.Length > 3)
        {
            requested = "ping -c 1 " + host;
        }
        // plumb-expect: command-injection
        Process.Start(requested);
        string legacy;
        if (host.StartsWith("old"))
        {
            legacy = "MD5";
        }
        else
        {
            legacy = "MD" + "5";
        }
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string strong;
        if (host.StartsWith("old"))
        {
            strong = "SHA-256";
        }
        else
        {
            strong = "SHA-512";
        }
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
