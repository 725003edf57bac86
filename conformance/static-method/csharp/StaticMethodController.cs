using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class StaticMethodController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private static class Commands
    {
        public static string Ping(string target)
        {
            return "ping -c 1 " + target;
        }

        public static string Algorithm(string family, string size)
        {
            return family + size;
        }
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        // plumb-ok: command-injection
        Process.Start(Commands.Ping("localhost"));
        // plumb-expect: command-injection
        Process.Start(Commands.Ping(host));

        // plumb-expect: weak-hash
        HashAlgorithm.Create(Commands.Algorithm("MD", "5"))!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(Commands.Algorithm("SHA-", "256"))!.ComputeHash(Data);
        return "ok";
    }
}
