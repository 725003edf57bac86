<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $targets = [];
        $targets['requested'] = $host;
        // plumb-ok: command-injection
        exec('ping -c 1 ' . ($targets['missing'] ?? 'localhost'));
        // plumb-expect: command-injection
        exec('ping -c 1 ' . ($targets['requested'] ?? 'localhost'));

        $algorithms = [];
        $algorithms['legacy'] = 'MD5';
        // plumb-expect: weak-hash
        echo hash($algorithms['legacy'] ?? 'SHA256', 'payload');
        // plumb-ok: weak-hash
        echo hash($algorithms['unknown'] ?? 'SHA256', 'payload');
        return 'ok';
    }
}
