using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ConditionController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };
    private const bool DebugMode = false;
    private const bool TrustRequest = true;
    private const bool LegacyClients = true;
    private const bool AllowLegacy = false;

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string fixedHost = "localhost";
        if (DebugMode)
        {
            fixedHost = host;
        }
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fixedHost);
        string requested = "localhost";
        if (TrustRequest)
        {
            requested = host;
        }
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + requested);

        string legacy = "SHA-256";
        if (LegacyClients)
        {
            legacy = "MD5";
        }
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string strong = "SHA-256";
        if (AllowLegacy)
        {
            strong = "MD5";
        }
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
