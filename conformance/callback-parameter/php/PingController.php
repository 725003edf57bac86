<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

function apply(string $value, callable $transform): string
{
    return $transform($value);
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // plumb-ok: command-injection
        exec(apply('localhost', fn (string $h) => 'ping -c 1 ' . $h));
        // plumb-expect: command-injection
        exec(apply($host, fn (string $h) => 'ping -c 1 ' . $h));

        // plumb-expect: weak-hash
        echo hash(apply('MD', fn (string $family) => $family . '5'), 'payload');
        // plumb-ok: weak-hash
        echo hash(apply('SHA', fn (string $family) => $family . '256'), 'payload');
        return 'ok';
    }
}
