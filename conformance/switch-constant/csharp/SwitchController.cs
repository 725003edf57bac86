using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class SwitchController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string statusMode = "status";
        string fixedCommand = statusMode switch
        {
            "ping" => "ping -c 1 " + host,
            "status" => "uptime",
            _ => throw new ArgumentException(statusMode),
        };
        // plumb-ok: command-injection
        Process.Start(fixedCommand);
        string pingMode = "ping";
        string requested = pingMode switch
        {
            "ping" => "ping -c 1 " + host,
            "status" => "uptime",
            _ => throw new ArgumentException(pingMode),
        };
        // plumb-expect: command-injection
        Process.Start(requested);
        string level = "legacy";
        string legacy = level switch
        {
            "legacy" => "MD5",
            "modern" => "SHA-256",
            _ => throw new ArgumentException(level),
        };
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string modernLevel = "modern";
        string strong = modernLevel switch
        {
            "legacy" => "MD5",
            "modern" => "SHA-256",
            _ => throw new ArgumentException(modernLevel),
        };
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
