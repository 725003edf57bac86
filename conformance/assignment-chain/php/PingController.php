<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $first = $host;
        $second = $first;
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $second);
        $second = 'localhost';
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $second);

        $algorithm = 'MD5';
        $chosen = $algorithm;
        // plumb-expect: weak-hash
        echo hash($chosen, 'payload');
        $chosen = 'SHA256';
        // plumb-ok: weak-hash
        echo hash($chosen, 'payload');
        return 'ok';
    }
}
