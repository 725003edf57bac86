using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ResourceController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private sealed class Lease : IDisposable
    {
        private readonly string _value;

        public Lease(string value)
        {
            _value = value;
        }

        public string Value()
        {
            return _value;
        }

        public void Dispose()
        {
        }
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        using (var fixedLease = new Lease("localhost"))
        {
            // plumb-ok: command-injection
            Process.Start("ping -c 1 " + fixedLease.Value());
        }
        using (var requested = new Lease(host))
        {
            // plumb-expect: command-injection
            Process.Start("ping -c 1 " + requested.Value());
        }

        using (var legacy = new Lease("MD5"))
        {
            // plumb-expect: weak-hash
            HashAlgorithm.Create(legacy.Value())!.ComputeHash(Data);
        }
        using (var strong = new Lease("SHA-256"))
        {
            // plumb-ok: weak-hash
            HashAlgorithm.Create(strong.Value())!.ComputeHash(Data);
        }
        return "ok";
    }
}
