using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class TupleController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private static (string, string) Targets(string requested)
    {
        return ("localhost", requested);
    }

    private static (string, string) Algorithms()
    {
        return ("MD5", "SHA-256");
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        var (fallback, chosen) = Targets(host);
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fallback);
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + chosen);

        var (legacy, current) = Algorithms();
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(current)!.ComputeHash(Data);
        return "ok";
    }
}
