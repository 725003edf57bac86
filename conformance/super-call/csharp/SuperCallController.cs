using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class SuperCallController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private class Pinger
    {
        public virtual string Line(string host)
        {
            return "ping -c 1 " + host;
        }

        public virtual string Algorithm()
        {
            return "MD5";
        }
    }

    private sealed class QuietPinger : Pinger
    {
        public override string Line(string host)
        {
            return base.Line(host) + " -q";
        }

        public override string Algorithm()
        {
            return base.Algorithm();
        }
    }

    private sealed class ModernPinger : Pinger
    {
        public override string Algorithm()
        {
            return "SHA-256";
        }
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        Pinger quiet = new QuietPinger();
        // plumb-ok: command-injection
        Process.Start(quiet.Line("localhost"));
        // plumb-expect: command-injection
        Process.Start(quiet.Line(host));

        Pinger modern = new ModernPinger();
        // plumb-expect: weak-hash
        HashAlgorithm.Create(quiet.Algorithm())!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(modern.Algorithm())!.ComputeHash(Data);
        return "ok";
    }
}
