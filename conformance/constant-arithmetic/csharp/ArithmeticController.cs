using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ArithmeticController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string count)
    {
        int packets = 2 * 2;
        // plumb-ok: command-injection
        Process.Start("ping -c " + (packets + 1) + " localhost");
        // plumb-expect: command-injection
        Process.Start("ping -c " + packets + count + " localhost");

        string legacy = "MD" + (2 + 3);
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string strong = "SHA-" + (128 * 2);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
