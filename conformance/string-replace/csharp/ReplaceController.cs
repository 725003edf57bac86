using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ReplaceController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host, [FromQuery] string hosts)
    {
        string template = "ping -c 1 HOST";
        // plumb-expect: command-injection
        Process.Start(template.Replace("HOST", host));
        // plumb-ok: command-injection
        Process.Start(template.Replace("HOST", "localhost"));
        string spaced = hosts.Replace(",", " ");
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + spaced);
        string legacy = "MD-5".Replace("-", "");
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string strong = "SHA_256".Replace("_", "-");
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
