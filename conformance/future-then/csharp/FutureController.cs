using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class FutureController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string fixedCommand = Task.FromResult("localhost").ContinueWith(h => "ping -c 1 " + h.Result).Result;
        string requested = Task.FromResult(host).ContinueWith(h => "ping -c 1 " + h.Result).Result;
        // plumb-ok: command-injection
        Process.Start(fixedCommand);
        // plumb-expect: command-injection
        Process.Start(requested);

        string legacy = Task.FromResult("MD").ContinueWith(f => f.Result + "5").Result;
        string strong = Task.FromResult("SHA-").ContinueWith(f => f.Result + "256").Result;
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
