using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ConstructorController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };
    private sealed class Setting
    {
        private readonly string _value;

        public Setting(string value)
        {
            _value = value;
        }

        public string Value()
        {
            return _value;
        }
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        var fixedSetting = new Setting("localhost");
        var requested = new Setting(host);
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fixedSetting.Value());
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + requested.Value());
        var legacy = new Setting("MD5");
        var strong = new Setting("SHA-256");
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy.Value())!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong.Value())!.ComputeHash(Data);
        return "ok";
    }
}
