<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

function command(string $target = 'localhost'): string
{
    return 'ping -c 1 ' . $target;
}

function algorithm(string $name = 'SHA256'): string
{
    return $name;
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // plumb-ok: command-injection
        exec(command());
        // plumb-expect: command-injection
        exec(command($host));

        // plumb-expect: weak-hash
        echo hash(algorithm('MD5'), 'payload');
        // plumb-ok: weak-hash
        echo hash(algorithm(), 'payload');
        return 'ok';
    }
}
