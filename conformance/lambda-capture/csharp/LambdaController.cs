using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class LambdaController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        Func<string> fixedCommand = () => "ping -c 1 localhost";
        Func<string> requested = () => "ping -c 1 " + host;
        // plumb-ok: command-injection
        Process.Start(fixedCommand());
        // plumb-expect: command-injection
        Process.Start(requested());
        string legacy = "MD5";
        Func<string> weak = () => legacy;
        Func<string> strong = () => "SHA-256";
        // plumb-expect: weak-hash
        HashAlgorithm.Create(weak())!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong())!.ComputeHash(Data);
        return "ok";
    }
}
