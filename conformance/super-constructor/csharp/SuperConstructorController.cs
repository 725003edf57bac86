using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class SuperConstructorController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private class Command
    {
        private readonly string _line;

        public Command(string line)
        {
            _line = line;
        }

        public string Line()
        {
            return _line;
        }
    }

    private sealed class PingCommand : Command
    {
        public PingCommand(string host) : base("ping -c 1 " + host)
        {
        }
    }

    private class Digest
    {
        private readonly string _algorithm;

        public Digest(string algorithm)
        {
            _algorithm = algorithm;
        }

        public string Algorithm()
        {
            return _algorithm;
        }
    }

    private sealed class LegacyDigest : Digest
    {
        public LegacyDigest() : base("MD5")
        {
        }
    }

    private sealed class ModernDigest : Digest
    {
        public ModernDigest() : base("SHA-256")
        {
        }
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        var fixedCommand = new PingCommand("localhost");
        var requested = new PingCommand(host);
        // plumb-ok: command-injection
        Process.Start(fixedCommand.Line());
        // plumb-expect: command-injection
        Process.Start(requested.Line());

        var legacy = new LegacyDigest();
        var modern = new ModernDigest();
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy.Algorithm())!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(modern.Algorithm())!.ComputeHash(Data);
        return "ok";
    }
}
