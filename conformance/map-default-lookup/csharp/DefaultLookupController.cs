using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class DefaultLookupController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        var targets = new Dictionary<string, string>();
        targets["requested"] = host;
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + targets.GetValueOrDefault("missing", "localhost"));
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + targets.GetValueOrDefault("requested", "localhost"));

        var algorithms = new Dictionary<string, string>();
        algorithms["legacy"] = "MD5";
        // plumb-expect: weak-hash
        HashAlgorithm.Create(algorithms.GetValueOrDefault("legacy", "SHA-256"))!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(algorithms.GetValueOrDefault("unknown", "SHA-256"))!.ComputeHash(Data);
        return "ok";
    }
}
