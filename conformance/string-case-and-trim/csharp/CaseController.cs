using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class CaseController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string cleaned = host.Trim().ToLowerInvariant();
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + cleaned);
        string fixedHost = "  LOCALHOST ".Trim().ToLowerInvariant();
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fixedHost);
        string legacy = " md5 ".Trim().ToUpperInvariant();
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string strong = " sha-256 ".Trim().ToUpperInvariant();
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
