using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class GuardController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host, [FromQuery] string algorithm)
    {
        if (host == "localhost")
        {
            // plumb-ok: command-injection
            Process.Start("ping -c 1 " + host);
        }
        if (host.Length > 0)
        {
            // plumb-expect: command-injection
            Process.Start("ping -c 1 " + host);
        }

        if (algorithm == "MD5")
        {
            // plumb-expect: weak-hash
            HashAlgorithm.Create(algorithm)!.ComputeHash(Data);
        }
        if (algorithm == "SHA-256")
        {
            // plumb-ok: weak-hash
            HashAlgorithm.Create(algorithm)!.ComputeHash(Data);
        }
        return "ok";
    }
}
