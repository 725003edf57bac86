<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

function target(string $requested, bool $trusted): string
{
    if (!$trusted) {
        return 'localhost';
    }
    return $requested;
}

function algorithm(bool $legacy): string
{
    if ($legacy) {
        return 'MD5';
    }
    return 'SHA256';
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // plumb-ok: command-injection
        exec('ping -c 1 ' . target($host, false));
        // plumb-expect: command-injection
        exec('ping -c 1 ' . target($host, true));

        // plumb-expect: weak-hash
        echo hash(algorithm(true), 'payload');
        // plumb-ok: weak-hash
        echo hash(algorithm(false), 'payload');
        return 'ok';
    }
}
