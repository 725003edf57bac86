<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $command = "ping -c 1 {$host}";
        // plumb-expect: command-injection
        exec($command);
        $target = 'localhost';
        $fixed = "ping -c 1 $target";
        // plumb-ok: command-injection
        exec($fixed);

        $family = 'MD';
        $legacy = "{$family}5";
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $size = 256;
        $strong = "SHA{$size}";
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
