<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = 'ping';
        foreach (['-c', '1', 'localhost'] as $part) {
            $fixed = $fixed . ' ' . $part;
        }
        // plumb-ok: command-injection
        exec($fixed);
        $requested = 'ping';
        foreach (['-c', '1', $host] as $part) {
            $requested = $requested . ' ' . $part;
        }
        // plumb-expect: command-injection
        exec($requested);

        $legacy = '';
        foreach (['MD', '5'] as $part) {
            $legacy = $legacy . $part;
        }
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $strong = '';
        foreach (['SHA', '256'] as $part) {
            $strong = $strong . $part;
        }
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
