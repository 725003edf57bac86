<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $algorithm = $request->input('algorithm', '');
        if ($host === 'localhost') {
            // plumb-ok: command-injection
            exec('ping -c 1 ' . $host);
        }
        if ($host) {
            // plumb-expect: command-injection
            exec('ping -c 1 ' . $host);
        }
        if ($algorithm === 'MD5') {
            // plumb-expect: weak-hash
            echo hash($algorithm, 'payload');
        }
        if ($algorithm === 'SHA256') {
            // plumb-ok: weak-hash
            echo hash($algorithm, 'payload');
        }
        return 'ok';
    }
}
