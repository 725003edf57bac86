<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

const DEBUG = false;
const TRUST_REQUEST = true;
const LEGACY_CLIENTS = true;
const ALLOW_LEGACY = false;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = 'localhost';
        if (DEBUG) {
            $fixed = $host;
        }
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fixed);
        $requested = 'localhost';
        if (TRUST_REQUEST) {
            $requested = $host;
        }
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $requested);

        $legacy = 'SHA256';
        if (LEGACY_CLIENTS) {
            $legacy = 'MD5';
        }
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $strong = 'SHA256';
        if (ALLOW_LEGACY) {
            $strong = 'MD5';
        }
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
