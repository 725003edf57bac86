<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

const DEFAULT_HOST = 'localhost';
const FAMILY = 'MD';
const LEGACY = FAMILY . '5';
const CURRENT = 'SHA' . 256;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // plumb-ok: command-injection
        exec('ping -c 1 ' . DEFAULT_HOST);
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $host);

        // plumb-expect: weak-hash
        echo hash(LEGACY, 'payload');
        // plumb-ok: weak-hash
        echo hash(CURRENT, 'payload');
        return 'ok';
    }
}
