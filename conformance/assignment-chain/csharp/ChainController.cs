using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ChainController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string first = host;
        string second = first;
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + second);
        second = "localhost";
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + second);

        string algorithm = "MD5";
        string chosen = algorithm;
        // plumb-expect: weak-hash
        HashAlgorithm.Create(chosen)!.ComputeHash(Data);
        chosen = "SHA-256";
        // plumb-ok: weak-hash
        HashAlgorithm.Create(chosen)!.ComputeHash(Data);
        return "ok";
    }
}
