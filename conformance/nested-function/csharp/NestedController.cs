using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class NestedController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string Build(string target)
        {
            return "ping -c 1 " + target;
        }

        string Name(string family, string size)
        {
            return family + size;
        }

        // plumb-ok: command-injection
        Process.Start(Build("localhost"));
        // plumb-expect: command-injection
        Process.Start(Build(host));

        // plumb-expect: weak-hash
        HashAlgorithm.Create(Name("MD", "5"))!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(Name("SHA-", "256"))!.ComputeHash(Data);
        return "ok";
    }
}
