using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class MapFunctionController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        List<string> fixedCommands = new[] { "localhost" }.Select(h => "ping -c 1 " + h).ToList();
        List<string> requested = new[] { host }.Select(h => "ping -c 1 " + h).ToList();
        // plumb-ok: command-injection
        Process.Start(fixedCommands[0]);
        // plumb-expect: command-injection
        Process.Start(requested[0]);

        List<string> legacy = new[] { "MD" }.Select(family => family + "5").ToList();
        List<string> strong = new[] { "SHA-" }.Select(family => family + "256").ToList();
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy[0])!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong[0])!.ComputeHash(Data);
        return "ok";
    }
}
