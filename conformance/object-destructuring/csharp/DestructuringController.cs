using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class DestructuringController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private sealed record Targets(string Fallback, string Requested);

    private sealed record Algorithms(string Legacy, string Current);

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        var targets = new Targets("localhost", host);
        if (targets is { Fallback: var fallback, Requested: var requested })
        {
            // plumb-ok: command-injection
            Process.Start("ping -c 1 " + fallback);
            // plumb-expect: command-injection
            Process.Start("ping -c 1 " + requested);
        }

        var algorithms = new Algorithms("MD5", "SHA-256");
        if (algorithms is { Legacy: var weak, Current: var strong })
        {
            // plumb-expect: weak-hash
            HashAlgorithm.Create(weak)!.ComputeHash(Data);
            // plumb-ok: weak-hash
            HashAlgorithm.Create(strong)!.ComputeHash(Data);
        }
        return "ok";
    }
}
