using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class SetController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        foreach (string fixedHost in new HashSet<string> { "localhost", "127.0.0.1" })
        {
            // plumb-ok: command-injection
            Process.Start("ping -c 1 " + fixedHost);
        }
        foreach (string target in new HashSet<string> { host })
        {
            // plumb-expect: command-injection
            Process.Start("ping -c 1 " + target);
        }

        foreach (string legacy in new HashSet<string> { "MD5" })
        {
            // plumb-expect: weak-hash
            HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        }
        foreach (string strong in new HashSet<string> { "SHA-256", "SHA-512" })
        {
            // plumb-ok: weak-hash
            HashAlgorithm.Create(strong)!.ComputeHash(Data);
        }
        return "ok";
    }
}
