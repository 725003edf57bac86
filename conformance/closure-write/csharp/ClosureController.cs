using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ClosureController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string target = "localhost";
        string algorithm = "SHA-256";
        Action useRequest = () => { target = host; };
        Action useLegacy = () => { algorithm = "MD5"; };

        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + target);
        useRequest();
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + target);

        // plumb-ok: weak-hash
        HashAlgorithm.Create(algorithm)!.ComputeHash(Data);
        useLegacy();
        // plumb-expect: weak-hash
        HashAlgorithm.Create(algorithm)!.ComputeHash(Data);
        return "ok";
    }
}
