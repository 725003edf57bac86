using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class DeconstructController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        var (fallback, requested) = ("localhost", host);
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fallback);
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + requested);

        var (legacy, current) = ("MD5", "SHA-256");
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(current)!.ComputeHash(Data);
        return "ok";
    }
}
