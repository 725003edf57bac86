<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = fn() => 'ping -c 1 localhost';
        $requested = fn() => 'ping -c 1 ' . $host;
        // plumb-ok: command-injection
        exec($fixed());
        // plumb-expect: command-injection
        exec($requested());

        $legacy = 'MD5';
        $weak = fn() => $legacy;
        $strong = fn() => 'SHA256';
        // plumb-expect: weak-hash
        echo hash($weak(), 'payload');
        // plumb-ok: weak-hash
        echo hash($strong(), 'payload');
        return 'ok';
    }
}
