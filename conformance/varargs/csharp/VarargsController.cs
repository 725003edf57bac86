using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class VarargsController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private static string First(params string[] values)
    {
        return values[0];
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + First("localhost", host));
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + First(host, "localhost"));

        // plumb-expect: weak-hash
        HashAlgorithm.Create(First("MD5", "SHA-256"))!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(First("SHA-256", "MD5"))!.ComputeHash(Data);
        return "ok";
    }
}
