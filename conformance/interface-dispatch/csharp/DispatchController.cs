using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class DispatchController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private interface ITarget
    {
        string Host();
    }

    private sealed class FixedTarget : ITarget
    {
        public string Host()
        {
            return "localhost";
        }
    }

    private sealed class RequestTarget : ITarget
    {
        private readonly string _host;

        public RequestTarget(string host)
        {
            _host = host;
        }

        public string Host()
        {
            return _host;
        }
    }

    private interface IPolicy
    {
        string Algorithm();
    }

    private sealed class LegacyPolicy : IPolicy
    {
        public string Algorithm()
        {
            return "MD5";
        }
    }

    private sealed class ModernPolicy : IPolicy
    {
        public string Algorithm()
        {
            return "SHA-256";
        }
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        ITarget fixedTarget = new FixedTarget();
        ITarget requested = new RequestTarget(host);
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fixedTarget.Host());
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + requested.Host());

        IPolicy legacy = new LegacyPolicy();
        IPolicy modern = new ModernPolicy();
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy.Algorithm())!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(modern.Algorithm())!.ComputeHash(Data);
        return "ok";
    }
}
