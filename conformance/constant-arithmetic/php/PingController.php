<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $count = $request->input('count', '1');
        $packets = 2 * 2;
        // plumb-ok: command-injection
        exec('ping -c ' . ($packets + 1) . ' localhost');
        // plumb-expect: command-injection
        exec('ping -c ' . $packets . $count . ' localhost');

        $legacy = 'MD' . (2 + 3);
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $strong = 'SHA' . (128 * 2);
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
