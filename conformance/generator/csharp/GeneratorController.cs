using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class GeneratorController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private static IEnumerable<string> Commands(string target)
    {
        yield return "ping -c 1 " + target;
    }

    private static IEnumerable<string> Names(string first, string second)
    {
        yield return first + second;
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        foreach (string fixedCommand in Commands("localhost"))
        {
            // plumb-ok: command-injection
            Process.Start(fixedCommand);
        }
        foreach (string requested in Commands(host))
        {
            // plumb-expect: command-injection
            Process.Start(requested);
        }

        foreach (string legacy in Names("MD", "5"))
        {
            // plumb-expect: weak-hash
            HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        }
        foreach (string strong in Names("SHA-", "256"))
        {
            // plumb-ok: weak-hash
            HashAlgorithm.Create(strong)!.ComputeHash(Data);
        }
        return "ok";
    }
}
