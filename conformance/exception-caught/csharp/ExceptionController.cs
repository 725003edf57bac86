using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class ExceptionController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private sealed class RejectedException : Exception
    {
        public readonly string Value;

        public RejectedException(string value) : base("rejected")
        {
            Value = value;
        }
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        try
        {
            throw new RejectedException("localhost");
        }
        catch (RejectedException e)
        {
            // plumb-ok: command-injection
            Process.Start("ping -c 1 " + e.Value);
        }
        try
        {
            throw new RejectedException(host);
        }
        catch (RejectedException e)
        {
            // plumb-expect: command-injection
            Process.Start("ping -c 1 " + e.Value);
        }

        try
        {
            throw new RejectedException("MD5");
        }
        catch (RejectedException e)
        {
            // plumb-expect: weak-hash
            HashAlgorithm.Create(e.Value)!.ComputeHash(Data);
        }
        try
        {
            throw new RejectedException("SHA-256");
        }
        catch (RejectedException e)
        {
            // plumb-ok: weak-hash
            HashAlgorithm.Create(e.Value)!.ComputeHash(Data);
        }
        return "ok";
    }
}
