<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = array_map(fn (string $h) => 'ping -c 1 ' . $h, ['localhost']);
        $requested = array_map(fn (string $h) => 'ping -c 1 ' . $h, [$host]);
        // plumb-ok: command-injection
        exec($fixed[0]);
        // plumb-expect: command-injection
        exec($requested[0]);

        $legacy = array_map(fn (string $family) => $family . '5', ['MD']);
        $strong = array_map(fn (string $family) => $family . '256', ['SHA']);
        // plumb-expect: weak-hash
        echo hash($legacy[0], 'payload');
        // plumb-ok: weak-hash
        echo hash($strong[0], 'payload');
        return 'ok';
    }
}
