<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = ['localhost', '127.0.0.1'];
        array_walk($fixed, function (string $target): void {
            // plumb-ok: command-injection
            exec('ping -c 1 ' . $target);
        });
        $requested = [$host];
        array_walk($requested, function (string $target): void {
            // plumb-expect: command-injection
            exec('ping -c 1 ' . $target);
        });

        $legacy = ['MD5'];
        array_walk($legacy, function (string $algorithm): void {
            // plumb-expect: weak-hash
            echo hash($algorithm, 'payload');
        });
        $strong = ['SHA256', 'SHA512'];
        array_walk($strong, function (string $algorithm): void {
            // plumb-ok: weak-hash
            echo hash($algorithm, 'payload');
        });
        return 'ok';
    }
}
