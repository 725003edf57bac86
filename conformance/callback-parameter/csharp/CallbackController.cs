using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class CallbackController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private static string Apply(string value, Func<string, string> transform)
    {
        return transform(value);
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        // plumb-ok: command-injection
        Process.Start(Apply("localhost", h => "ping -c 1 " + h));
        // plumb-expect: command-injection
        Process.Start(Apply(host, h => "ping -c 1 " + h));

        // plumb-expect: weak-hash
        HashAlgorithm.Create(Apply("MD", family => family + "5"))!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(Apply("SHA-", family => family + "256"))!.ComputeHash(Data);
        return "ok";
    }
}
