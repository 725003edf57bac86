using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class EnumController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private enum Tool
    {
        Uptime,
        Ping,
    }

    private enum Algorithm
    {
        Legacy,
        Current,
    }

    private static string CommandOf(Tool tool) => tool switch
    {
        Tool.Uptime => "uptime",
        Tool.Ping => "ping -c 1 ",
        _ => throw new ArgumentOutOfRangeException(nameof(tool)),
    };

    private static string NameOf(Algorithm algorithm) => algorithm switch
    {
        Algorithm.Legacy => "MD5",
        Algorithm.Current => "SHA-256",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        // plumb-ok: command-injection
        Process.Start(CommandOf(Tool.Uptime));
        // plumb-expect: command-injection
        Process.Start(CommandOf(Tool.Ping) + host);

        // plumb-expect: weak-hash
        HashAlgorithm.Create(NameOf(Algorithm.Legacy))!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(NameOf(Algorithm.Current))!.ComputeHash(Data);
        return "ok";
    }
}
