<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class Command
{
    public function __construct(private string $line)
    {
    }

    public function line(): string
    {
        return $this->line;
    }
}

class PingCommand extends Command
{
    public function __construct(string $host)
    {
        parent::__construct('ping -c 1 ' . $host);
    }
}

class Digest
{
    public function __construct(private string $algorithm)
    {
    }

    public function algorithm(): string
    {
        return $this->algorithm;
    }
}

class LegacyDigest extends Digest
{
    public function __construct()
    {
        parent::__construct('MD5');
    }
}

class ModernDigest extends Digest
{
    public function __construct()
    {
        parent::__construct('SHA256');
    }
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = new PingCommand('localhost');
        $requested = new PingCommand($host);
        // plumb-ok: command-injection
        exec($fixed->line());
        // plumb-expect: command-injection
        exec($requested->line());

        $legacy = new LegacyDigest();
        $modern = new ModernDigest();
        // plumb-expect: weak-hash
        echo hash($legacy->algorithm(), 'payload');
        // plumb-ok: weak-hash
        echo hash($modern->algorithm(), 'payload');
        return 'ok';
    }
}
