<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $hosts = $request->input('hosts', '');
        $template = 'ping -c 1 HOST';
        // plumb-expect: command-injection
        exec(str_replace('HOST', $host, $template));
        // plumb-ok: command-injection
        exec(str_replace('HOST', 'localhost', $template));
        $spaced = str_replace(',', ' ', $hosts);
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $spaced);

        $legacy = str_replace('-', '', 'MD-5');
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $strong = str_replace('_', '', 'SHA_256');
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
