<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $command = ['ping'];
        $command[] = '-c 1';
        $command[] = $host;
        // plumb-expect: command-injection
        exec(implode(' ', $command));
        $fixed = ['ping'];
        array_push($fixed, '-c 1', 'localhost');
        // plumb-ok: command-injection
        exec(implode(' ', $fixed));

        $legacy = [];
        $legacy[] = 'MD';
        $legacy[] = (string) 5;
        // plumb-expect: weak-hash
        echo hash(implode('', $legacy), 'payload');
        $strong = ['SHA'];
        $strong[] = (string) 256;
        // plumb-ok: weak-hash
        echo hash(implode('', $strong), 'payload');
        return 'ok';
    }
}
