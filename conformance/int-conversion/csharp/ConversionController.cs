using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ConversionController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string count)
    {
        int packets = int.Parse(count);
        // plumb-ok: command-injection
        Process.Start("ping -c " + packets + " localhost");
        // plumb-expect: command-injection
        Process.Start("ping -c " + count + " localhost");

        string legacy = "MD" + int.Parse("5");
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string strong = "SHA-" + int.Parse("256");
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
