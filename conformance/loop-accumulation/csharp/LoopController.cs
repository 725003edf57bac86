using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class LoopController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string fixedCommand = "ping";
        foreach (string part in new[] { "-c", "1", "localhost" })
        {
            fixedCommand = fixedCommand + " " + part;
        }
        // plumb-ok: command-injection
        Process.Start(fixedCommand);
        string requested = "ping";
        foreach (string part in new[] { "-c", "1", host })
        {
            requested = requested + " " + part;
        }
        // plumb-expect: command-injection
        Process.Start(requested);

        string legacy = "";
        foreach (string part in new[] { "MD", "5" })
        {
            legacy = legacy + part;
        }
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string strong = "";
        foreach (string part in new[] { "SHA-", "256" })
        {
            strong = strong + part;
        }
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
