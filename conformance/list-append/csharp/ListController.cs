using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ListController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        var targets = new List<string>();
        targets.Add("localhost");
        targets.Add(host);
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + targets[0]);
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + targets[1]);

        var names = new List<string>();
        names.Add("MD5");
        names.Add("SHA-256");
        // plumb-expect: weak-hash
        HashAlgorithm.Create(names[0])!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(names[1])!.ComputeHash(Data);
        return "ok";
    }
}
