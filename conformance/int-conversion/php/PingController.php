<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $count = $request->input('count', '1');
        $packets = intval($count);
        // plumb-ok: command-injection
        exec('ping -c ' . $packets . ' localhost');
        // plumb-expect: command-injection
        exec('ping -c ' . $count . ' localhost');

        $legacy = 'MD' . (int) '5';
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $strong = 'SHA' . (int) '256';
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
