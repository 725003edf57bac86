using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class SplitController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string hosts)
    {
        string first = hosts.Split(',')[0];
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + first);
        string fixedHost = "localhost,127.0.0.1".Split(',')[1];
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fixedHost);

        string[] names = "MD5,SHA-256".Split(',');
        // plumb-expect: weak-hash
        HashAlgorithm.Create(names[0])!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(names[1])!.ComputeHash(Data);
        return "ok";
    }
}
