using System.Diagnostics;
using System.Security.Cryptography;
using Conformance.Helpers;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class HelperController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        // plumb-ok: command-injection
        Process.Start(Commands.BuildPing("localhost"));
        // plumb-expect: command-injection
        Process.Start(Commands.BuildPing(host));

        // plumb-expect: weak-hash
        HashAlgorithm.Create(Commands.AlgorithmName("MD", "5"))!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(Commands.AlgorithmName("SHA-", "256"))!.ComputeHash(Data);
        return "ok";
    }
}
