<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $hosts = $request->input('hosts', '');
        $first = explode(',', $hosts)[0];
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $first);
        $fixed = explode(',', 'localhost,127.0.0.1')[1];
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fixed);

        $names = explode(',', 'MD5,SHA256');
        // plumb-expect: weak-hash
        echo hash($names[0], 'payload');
        // plumb-ok: weak-hash
        echo hash($names[1], 'payload');
        return 'ok';
    }
}
