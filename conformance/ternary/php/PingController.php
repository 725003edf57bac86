<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = !$host ? 'localhost' : '127.0.0.1';
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fixed);
        $requested = !$host ? 'localhost' : $host;
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $requested);

        $legacyClients = true;
        $legacy = $legacyClients ? 'MD5' : 'SHA256';
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $strong = $legacyClients ? 'SHA256' : 'MD5';
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
