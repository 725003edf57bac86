using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class LiteralController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        var targets = new Dictionary<string, string> { ["fallback"] = "localhost", ["requested"] = host };
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + targets["fallback"]);
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + targets["requested"]);

        var algorithms = new Dictionary<string, string> { ["legacy"] = "MD5", ["current"] = "SHA-256" };
        // plumb-expect: weak-hash
        HashAlgorithm.Create(algorithms["legacy"])!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(algorithms["current"])!.ComputeHash(Data);
        return "ok";
    }
}
