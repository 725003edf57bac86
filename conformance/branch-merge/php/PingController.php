<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        if (strlen($host) > 3) {
            $fixed = 'ping -c 1 localhost';
        } else {
            $fixed = 'uptime';
        }
        // plumb-ok: command-injection
        exec($fixed);
        $requested = 'uptime';
        if (strlen($host) > 3) {
            $requested = 'ping -c 1 ' . $host;
        }
        // plumb-expect: command-injection
        exec($requested);

        if (strlen($host) > 3) {
            $legacy = 'MD5';
        } else {
            $legacy = 'MD5';
        }
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        if (strlen($host) > 3) {
            $strong = 'SHA256';
        } else {
            $strong = 'SHA512';
        }
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
