<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $command = 'ping -c 1 ';
        $command .= $host;
        // plumb-expect: command-injection
        exec($command);
        $fixed = 'ping -c 1 ';
        $fixed .= 'localhost';
        // plumb-ok: command-injection
        exec($fixed);

        $family = 'MD';
        $legacy = $family . '5';
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $strong = 'SHA' . '256';
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
