using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class AsyncController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private static async Task<string> Resolve(string value)
    {
        return value;
    }

    [HttpGet("/ping")]
    public async Task<string> Ping([FromQuery] string host)
    {
        string fixedHost = await Resolve("localhost");
        string requested = await Resolve(host);
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fixedHost);
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + requested);

        string legacy = await Resolve("MD5");
        string strong = await Resolve("SHA-256");
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
