using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class NullCheckController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string? fixedHost = null;
        if (fixedHost == null)
        {
            fixedHost = "localhost";
        }
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fixedHost);
        string? requested = host;
        if (requested == null)
        {
            requested = "localhost";
        }
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + requested);
        string? legacy = null;
        if (legacy == null)
        {
            legacy = "MD5";
        }
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string? strong = "SHA-256";
        if (strong == null)
        {
            strong = "MD5";
        }
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
