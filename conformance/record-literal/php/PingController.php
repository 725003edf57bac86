<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $targets = ['fallback' => 'localhost', 'requested' => $host];
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $targets['fallback']);
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $targets['requested']);

        $algorithms = ['legacy' => 'MD5', 'current' => 'SHA256'];
        // plumb-expect: weak-hash
        echo hash($algorithms['legacy'], 'payload');
        // plumb-ok: weak-hash
        echo hash($algorithms['current'], 'payload');
        return 'ok';
    }
}
