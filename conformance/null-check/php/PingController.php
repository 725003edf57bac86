<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host');
        $fixed = null;
        if ($fixed === null) {
            $fixed = 'localhost';
        }
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fixed);
        $requested = $host;
        if ($requested === null) {
            $requested = 'localhost';
        }
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $requested);

        $legacy = null;
        if ($legacy === null) {
            $legacy = 'MD5';
        }
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $strong = 'SHA256';
        if ($strong === null) {
            $strong = 'MD5';
        }
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
