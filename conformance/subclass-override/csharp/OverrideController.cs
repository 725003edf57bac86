using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class OverrideController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private class Command
    {
        public virtual string Line(string host)
        {
            return "uptime";
        }
    }

    private sealed class PingCommand : Command
    {
        public override string Line(string host)
        {
            return "ping -c 1 " + host;
        }
    }

    private class Hasher
    {
        public virtual string Algorithm()
        {
            return "SHA-256";
        }
    }

    private sealed class LegacyHasher : Hasher
    {
        public override string Algorithm()
        {
            return "MD5";
        }
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        Command plain = new Command();
        Command pinger = new PingCommand();
        // plumb-ok: command-injection
        Process.Start(plain.Line(host));
        // plumb-expect: command-injection
        Process.Start(pinger.Line(host));

        Hasher legacy = new LegacyHasher();
        Hasher strong = new Hasher();
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy.Algorithm())!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong.Algorithm())!.ComputeHash(Data);
        return "ok";
    }
}
