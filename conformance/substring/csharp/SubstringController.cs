using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class SubstringController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string shortHost = host.Substring(0, Math.Min(host.Length, 64));
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + shortHost);
        string fixedHost = "localhost:8080".Substring(0, 9);
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fixedHost);
        string legacy = "MD5-legacy".Substring(0, 3);
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string strong = "SHA-256-current".Substring(0, 7);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
