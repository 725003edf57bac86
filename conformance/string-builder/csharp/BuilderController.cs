using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class BuilderController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        var command = new StringBuilder("ping");
        command.Append(" -c 1 ");
        command.Append(host);
        // plumb-expect: command-injection
        Process.Start(command.ToString());
        var fixedCommand = new StringBuilder("ping");
        fixedCommand.Append(" -c 1 ").Append("localhost");
        // plumb-ok: command-injection
        Process.Start(fixedCommand.ToString());

        var legacy = new StringBuilder();
        legacy.Append("MD").Append(5);
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy.ToString())!.ComputeHash(Data);
        var strong = new StringBuilder("SHA");
        strong.Append('-').Append(256);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong.ToString())!.ComputeHash(Data);
        return "ok";
    }
}
