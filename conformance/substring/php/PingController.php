<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $shortHost = substr($host, 0, 64);
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $shortHost);
        $fixed = substr('localhost:8080', 0, 9);
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fixed);

        $legacy = substr('MD5-legacy', 0, 3);
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $strong = substr('SHA256-current', 0, 6);
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
