using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class OptionalController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private sealed class Endpoint
    {
        public string? Host { get; init; }
    }

    private sealed class Probe
    {
        public Endpoint? Target { get; init; }
    }

    private sealed class Digest
    {
        public string Algorithm { get; init; } = "";
    }

    private sealed class Settings
    {
        public Digest? Digest { get; init; }
        public Digest? Fallback { get; init; }
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        Probe? fixedProbe = new Probe { Target = new Endpoint { Host = "localhost" } };
        Probe? requested = new Probe { Target = new Endpoint { Host = host } };
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fixedProbe?.Target?.Host);
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + requested?.Target?.Host);

        var settings = new Settings { Digest = new Digest { Algorithm = "MD5" } };
        // plumb-expect: weak-hash
        HashAlgorithm.Create(settings.Digest?.Algorithm ?? "SHA-256")!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(settings.Fallback?.Algorithm ?? "SHA-256")!.ComputeHash(Data);
        return "ok";
    }
}
