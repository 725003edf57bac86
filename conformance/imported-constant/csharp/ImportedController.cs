using System.Diagnostics;
using System.Security.Cryptography;
using Conformance.Settings;
using static Conformance.Settings.Defaults;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ImportedController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + Defaults.Host);
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + host);

        // plumb-expect: weak-hash
        HashAlgorithm.Create(LegacyAlgorithm)!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(Defaults.CurrentAlgorithm)!.ComputeHash(Data);
        return "ok";
    }
}
