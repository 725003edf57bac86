using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class EarlyReturnController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };
    private static string Target(string requested, bool trusted)
    {
        if (!trusted)
        {
            return "localhost";
        }
        return requested;
    }

    private static string Algorithm(bool legacy)
    {
        if (legacy)
        {
            return "MD5";
        }
        return "SHA-256";
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + Target(host, false));
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + Target(host, true));
        // plumb-expect: weak-hash
        HashAlgorithm.Create(Algorithm(true))!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(Algorithm(false))!.ComputeHash(Data);
        return "ok";
    }
}
