using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;

namespace Conformance.Controllers;

[ApiController]
public class FluentController : ControllerBase
{
    private static readonly byte[] Data = new byte[] { 1, 2, 3 };

    private sealed class CommandBuilder
    {
        private string _line;

        public CommandBuilder(string program)
        {
            _line = program;
        }

        public CommandBuilder Arg(string value)
        {
            _line = _line + " " + value;
            return this;
        }

        public string Build()
        {
            return _line;
        }
    }

    private sealed class AlgorithmBuilder
    {
        private string _family = "";
        private string _size = "";

        public AlgorithmBuilder Family(string family)
        {
            _family = family;
            return this;
        }

        public AlgorithmBuilder Size(string size)
        {
            _size = size;
            return this;
        }

        public string Build()
        {
            return _family + _size;
        }
    }

    [HttpGet("/ping")]
    public string Ping([FromQuery] string host)
    {
        string fixedCommand = new CommandBuilder("ping").Arg("-c 1").Arg("localhost").Build();
        string requested = new CommandBuilder("ping").Arg("-c 1").Arg(host).Build();
        // plumb-ok: command-injection
        Process.Start(fixedCommand);
        // plumb-expect: command-injection
        Process.Start(requested);

        string legacy = new AlgorithmBuilder().Family("MD").Size("5").Build();
        string strong = new AlgorithmBuilder().Family("SHA-").Size("256").Build();
        // plumb-expect: weak-hash
        HashAlgorithm.Create(legacy)!.ComputeHash(Data);
        // plumb-ok: weak-hash
        HashAlgorithm.Create(strong)!.ComputeHash(Data);
        return "ok";
    }
}
