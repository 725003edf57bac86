using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class AccessorController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private sealed class Option
    {
        private string _value;

        public Option(string initial)
        {
            _value = initial;
        }

        public string Value
        {
            get { return _value; }
            set { _value = value; }
        }
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        var fixedOption = new Option("localhost");
        var requested = new Option("localhost");
        requested.Value = host;
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fixedOption.Value);
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + requested.Value);

        var legacy = new Option("SHA-256");
        legacy.Value = "MD5";
        var strong = new Option("SHA-256");
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy.Value)!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong.Value)!.ComputeHash(Data);
        return "ok";
    }
}
