using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class RecordController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };
    private sealed record Targets(string Fallback, string Requested);

    private sealed record Algorithms(string Legacy, string Current);

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        var targets = new Targets("localhost", host);
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + targets.Fallback);
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + targets.Requested);
        var algorithms = new Algorithms("MD5", "SHA-256");
        // plumb-expect: weak-hash
        HashAlgorithm.Create(algorithms.Legacy)!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(algorithms.Current)!.ComputeHash(Data);
        return "ok";
    }
}
