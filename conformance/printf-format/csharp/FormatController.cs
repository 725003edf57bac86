using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class FormatController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string command = string.Format("ping -c 1 {0}", host);
        // plumb-expect: command-injection
        Process.Start(command);
        string fixedCommand = string.Format("ping -c {0} {1}", 1, "localhost");
        // plumb-ok: command-injection
        Process.Start(fixedCommand);

        string legacy = string.Format("{0}{1}", "MD", 5);
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string strong = string.Format("SHA-{0}", 256);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
