using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class TernaryController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };
    private const bool LegacyClients = true;

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string fixedHost = host.Length == 0 ? "localhost" : "127.0.0.1";
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fixedHost);
        string requested = host.Length == 0 ? "localhost" : host;
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + requested);

        string legacy = LegacyClients ? "MD5" : "SHA-256";
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string strong = LegacyClients ? "SHA-256" : "MD5";
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
