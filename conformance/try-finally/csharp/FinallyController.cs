using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class FinallyController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };
    private static void Check(string value)
    {
        if (value.Length == 0)
        {
            throw new ArgumentException("empty value");
        }
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string fixedHost = host;
        try
        {
            Check(fixedHost);
        }
        finally
        {
            fixedHost = "localhost";
        }
        // plumb-ok: command-injection
        Process.Start("ping -c 1 " + fixedHost);
        string requested = "localhost";
        try
        {
            Check(host);
        }
        finally
        {
            requested = host;
        }
        // plumb-expect: command-injection
        Process.Start("ping -c 1 " + requested);
        string legacy = "SHA-256";
        try
        {
            Check(legacy);
        }
        finally
        {
            legacy = "MD5";
        }
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        string strong = "MD5";
        try
        {
            Check(strong);
        }
        finally
        {
            strong = "SHA-256";
        }
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
