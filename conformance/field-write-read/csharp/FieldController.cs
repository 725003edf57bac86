using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class FieldController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };
    private sealed class Job
    {
        public string Command = "";
        public string Algorithm = "";
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        var fixedJob = new Job();
        fixedJob.Command = "ping -c 1 localhost";
        var requested = new Job();
        requested.Command = "ping -c 1 " + host;
        // plumb-ok: command-injection
        Process.Start(fixedJob.Command);
        // plumb-expect: command-injection
        Process.Start(requested.Command);
        var legacy = new Job();
        legacy.Algorithm = "MD5";
        var strong = new Job();
        strong.Algorithm = "SHA-256";
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy.Algorithm)!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong.Algorithm)!.ComputeHash(Data);
        return "ok";
    }
}
