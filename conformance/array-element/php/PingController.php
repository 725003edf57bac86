<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $targets = ['localhost', $host];
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $targets[0]);
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $targets[1]);

        $names = ['MD5', 'SHA256'];
        // plumb-expect: weak-hash
        echo hash($names[0], 'payload');
        // plumb-ok: weak-hash
        echo hash($names[1], 'payload');
        return 'ok';
    }
}
