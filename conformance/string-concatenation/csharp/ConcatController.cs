using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ConcatController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string command = "ping -c 1 ";
        command += host;
        // plumb-expect: command-injection
        Process.Start(command);
        string fixedCommand = "ping -c 1 ";
        fixedCommand += "localhost";
        // plumb-ok: command-injection
        Process.Start(fixedCommand);

        string family = "MD";
        string legacy = family + "5";
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string strong = "SHA-" + "256";
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
