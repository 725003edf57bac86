using Shell = System.Diagnostics.Process;
using Digest = System.Security.Cryptography.HashAlgorithm;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class AliasController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        // plumb-ok: command-injection
        Shell.Start("ping -c 1 localhost");
        // plumb-expect: command-injection
        Shell.Start("ping -c 1 " + host);

        // plumb-expect: weak-hash
        Digest.Create("MD5")!.ComputeHash(Data);
        // plumb-ok: weak-hash
        Digest.Create("SHA-256")!.ComputeHash(Data);
        return "ok";
    }
}
