<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

function prefixer(string $prefix): \Closure
{
    return fn (string $value): string => $prefix . $value;
}

function fixed(string $value): \Closure
{
    return fn (): string => $value;
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $pingCommand = prefixer('ping -c 1 ');
        // plumb-ok: command-injection
        exec($pingCommand('localhost'));
        // plumb-expect: command-injection
        exec($pingCommand($host));

        $legacy = fixed('MD5');
        $strong = fixed('SHA256');
        // plumb-expect: weak-hash
        echo hash($legacy(), 'payload');
        // plumb-ok: weak-hash
        echo hash($strong(), 'payload');
        return 'ok';
    }
}
