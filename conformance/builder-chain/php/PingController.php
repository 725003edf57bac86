<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class CommandBuilder
{
    private string $line;

    public function __construct(string $program)
    {
        $this->line = $program;
    }

    public function arg(string $value): static
    {
        $this->line = $this->line . ' ' . $value;
        return $this;
    }

    public function build(): string
    {
        return $this->line;
    }
}

class AlgorithmBuilder
{
    private string $family = '';
    private string $size = '';

    public function family(string $family): static
    {
        $this->family = $family;
        return $this;
    }

    public function size(string $size): static
    {
        $this->size = $size;
        return $this;
    }

    public function build(): string
    {
        return $this->family . $this->size;
    }
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = (new CommandBuilder('ping'))->arg('-c 1')->arg('localhost')->build();
        $requested = (new CommandBuilder('ping'))->arg('-c 1')->arg($host)->build();
        // plumb-ok: command-injection
        exec($fixed);
        // plumb-expect: command-injection
        exec($requested);

        $legacy = (new AlgorithmBuilder())->family('MD')->size('5')->build();
        $strong = (new AlgorithmBuilder())->family('SHA')->size('256')->build();
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
