<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        ['host' => $host] = $request->query();
        $targets = ['fallback' => 'localhost', 'requested' => $host];
        ['fallback' => $fallback] = $targets;
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fallback);
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $host);

        ['legacy' => $weak, 'current' => $strong] = ['legacy' => 'MD5', 'current' => 'SHA256'];
        // plumb-expect: weak-hash
        echo hash($weak, 'payload');
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
