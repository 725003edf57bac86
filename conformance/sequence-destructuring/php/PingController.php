<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        [$fallback, $requested] = ['localhost', $host];
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fallback);
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $requested);

        [$legacy, $current] = ['MD5', 'SHA256'];
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        // plumb-ok: weak-hash
        echo hash($current, 'payload');
        return 'ok';
    }
}
