<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class Pinger
{
    public function line(string $host): string
    {
        return 'ping -c 1 ' . $host;
    }

    public function algorithm(): string
    {
        return 'MD5';
    }
}

class QuietPinger extends Pinger
{
    public function line(string $host): string
    {
        return parent::line($host) . ' -q';
    }

    public function algorithm(): string
    {
        return parent::algorithm();
    }
}

class ModernPinger extends Pinger
{
    public function algorithm(): string
    {
        return 'SHA256';
    }
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $quiet = new QuietPinger();
        // plumb-ok: command-injection
        exec($quiet->line('localhost'));
        // plumb-expect: command-injection
        exec($quiet->line($host));

        $modern = new ModernPinger();
        // plumb-expect: weak-hash
        echo hash($quiet->algorithm(), 'payload');
        // plumb-ok: weak-hash
        echo hash($modern->algorithm(), 'payload');
        return 'ok';
    }
}
