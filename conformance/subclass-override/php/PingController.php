<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class Command
{
    public function line(string $host): string
    {
        return 'uptime';
    }
}

class PingCommand extends Command
{
    public function line(string $host): string
    {
        return 'ping -c 1 ' . $host;
    }
}

class Hasher
{
    public function algorithm(): string
    {
        return 'SHA256';
    }
}

class LegacyHasher extends Hasher
{
    public function algorithm(): string
    {
        return 'MD5';
    }
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $plain = new Command();
        $pinger = new PingCommand();
        // plumb-ok: command-injection
        exec($plain->line($host));
        // plumb-expect: command-injection
        exec($pinger->line($host));

        $legacy = new LegacyHasher();
        $strong = new Hasher();
        // plumb-expect: weak-hash
        echo hash($legacy->algorithm(), 'payload');
        // plumb-ok: weak-hash
        echo hash($strong->algorithm(), 'payload');
        return 'ok';
    }
}
