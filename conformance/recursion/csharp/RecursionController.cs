using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class RecursionController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };
    private static string Pad(string value, int depth)
    {
        if (depth == 0)
        {
            return value;
        }
        return Pad(" " + value, depth - 1);
    }

    private static string Unwrap(string value, int depth)
    {
        if (depth == 0)
        {
            return value;
        }
        return Unwrap(value, depth - 1);
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        // plumb-ok: command-injection
        Process.Start("ping -c 1" + Pad("localhost", 2));
        // plumb-expect: command-injection
        Process.Start("ping -c 1" + Pad(host, 2));
        // plumb-expect: weak-hash
        HashAlgorithm.Create(Unwrap("MD5", 3))!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(Unwrap("SHA-256", 3))!.ComputeHash(Data);
        return "ok";
    }
}
