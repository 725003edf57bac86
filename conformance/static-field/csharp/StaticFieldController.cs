using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class StaticFieldController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };
    private static class Settings
    {
        public const string DefaultHost = "localhost";
        public const string LegacyAlgorithm = "MD5";
        public const string CurrentAlgorithm = "SHA-256";
        public static string LastHost = DefaultHost;
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + Settings.DefaultHost);
        Settings.LastHost = host;
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + Settings.LastHost);
        // plumb-expect: weak-hash
        HashAlgorithm.Create(Settings.LegacyAlgorithm)!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(Settings.CurrentAlgorithm)!.ComputeHash(Data);
        return "ok";
    }
}
