<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

function pad(string $value, int $depth): string
{
    if ($depth === 0) {
        return $value;
    }
    return pad(' ' . $value, $depth - 1);
}

function unwrap(string $value, int $depth): string
{
    if ($depth === 0) {
        return $value;
    }
    return unwrap($value, $depth - 1);
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // plumb-ok: command-injection
        exec('ping -c 1' . pad('localhost', 2));
        // plumb-expect: command-injection
        exec('ping -c 1' . pad($host, 2));

        // plumb-expect: weak-hash
        echo hash(unwrap('MD5', 3), 'payload');
        // plumb-ok: weak-hash
        echo hash(unwrap('SHA256', 3), 'payload');
        return 'ok';
    }
}
