<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

function first(string ...$values): string
{
    return $values[0];
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // plumb-ok: command-injection
        exec('ping -c 1 ' . first('localhost', $host));
        // plumb-expect: command-injection
        exec('ping -c 1 ' . first($host, 'localhost'));

        // plumb-expect: weak-hash
        echo hash(first('MD5', 'SHA256'), 'payload');
        // plumb-ok: weak-hash
        echo hash(first('SHA256', 'MD5'), 'payload');
        return 'ok';
    }
}
