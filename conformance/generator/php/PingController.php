<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

function commands(string $target): \Generator
{
    yield 'ping -c 1 ' . $target;
}

function names(string $first, string $second): \Generator
{
    yield $first . $second;
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        foreach (commands('localhost') as $fixed) {
            // plumb-ok: command-injection
            exec($fixed);
        }
        foreach (commands($host) as $requested) {
            // plumb-expect: command-injection
            exec($requested);
        }

        foreach (names('MD', '5') as $legacy) {
            // plumb-expect: weak-hash
            echo hash($legacy, 'payload');
        }
        foreach (names('SHA', '256') as $strong) {
            // plumb-ok: weak-hash
            echo hash($strong, 'payload');
        }
        return 'ok';
    }
}
