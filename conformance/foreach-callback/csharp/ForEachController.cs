using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ForEachController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        new List<string> { "localhost", "127.0.0.1" }.ForEach(fixedHost =>
        {
            // plumb-ok: command-injection
            Process.Start("ping -c 1 " + fixedHost);
        });
        new List<string> { host }.ForEach(target =>
        {
            // plumb-expect: command-injection
            Process.Start("ping -c 1 " + target);
        });

        new List<string> { "MD5" }.ForEach(legacy =>
        {
            // plumb-expect: weak-hash
            HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        });
        new List<string> { "SHA-256", "SHA-512" }.ForEach(strong =>
        {
            // plumb-ok: weak-hash
            HashAlgorithm.Create(strong)!.ComputeHash(Data);
        });
        return "ok";
    }
}
