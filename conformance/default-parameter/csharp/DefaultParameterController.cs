using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class DefaultParameterController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private static string Command(string target = "localhost")
    {
        return "ping -c 1 " + target;
    }

    private static string Algorithm(string name = "SHA-256")
    {
        return name;
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        // plumb-ok: command-injection
        Process.Start(Command());
        // plumb-expect: command-injection
        Process.Start(Command(host));

        // plumb-expect: weak-hash
        HashAlgorithm.Create(Algorithm("MD5"))!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(Algorithm())!.ComputeHash(Data);
        return "ok";
    }
}
