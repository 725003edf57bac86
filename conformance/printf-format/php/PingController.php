<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $command = sprintf('ping -c 1 %s', $host);
        // plumb-expect: command-injection
        exec($command);
        $fixed = sprintf('ping -c %d %s', 1, 'localhost');
        // plumb-ok: command-injection
        exec($fixed);

        $legacy = sprintf('%s%d', 'MD', 5);
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $strong = sprintf('SHA%d', 256);
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
