<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

enum Tool: string
{
    case Uptime = 'uptime';
    case Ping = 'ping -c 1 ';
}

enum Algorithm: string
{
    case Legacy = 'MD5';
    case Current = 'SHA256';
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // plumb-ok: command-injection
        exec(Tool::Uptime->value);
        // plumb-expect: command-injection
        exec(Tool::Ping->value . $host);

        // plumb-expect: weak-hash
        echo hash(Algorithm::Legacy->value, 'payload');
        // plumb-ok: weak-hash
        echo hash(Algorithm::Current->value, 'payload');
        return 'ok';
    }
}
