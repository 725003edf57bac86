<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;
use function exec as run_shell;
use function hash as digest;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // plumb-ok: command-injection
        run_shell('ping -c 1 localhost');
        // plumb-expect: command-injection
        run_shell('ping -c 1 ' . $host);

        // plumb-expect: weak-hash
        echo digest('MD5', 'payload');
        // plumb-ok: weak-hash
        echo digest('SHA256', 'payload');
        return 'ok';
    }
}
