<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

const DEFAULT_HOST = 'localhost';

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = DEFAULT_HOST ?: $host;
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fixed);
        $requested = $host ?: DEFAULT_HOST;
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $requested);

        $configured = '';
        $legacy = $configured ?: 'MD5';
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $preferred = 'SHA256';
        $strong = $preferred ?: 'MD5';
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
