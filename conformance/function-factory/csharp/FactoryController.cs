using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class FactoryController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private static Func<string, string> Prefixer(string prefix)
    {
        return value => prefix + value;
    }

    private static Func<string> Fixed(string value)
    {
        return () => value;
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        Func<string, string> pingCommand = Prefixer("ping -c 1 ");
        // plumb-ok: command-injection
        Process.Start(pingCommand("localhost"));
        // plumb-expect: command-injection
        Process.Start(pingCommand(host));

        Func<string> legacy = Fixed("MD5");
        Func<string> strong = Fixed("SHA-256");
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy())!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong())!.ComputeHash(Data);
        return "ok";
    }
}
