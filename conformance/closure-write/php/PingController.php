<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $target = 'localhost';
        $algorithm = 'SHA256';
        $useRequest = function () use (&$target, $host): void {
            $target = $host;
        };
        $useLegacy = function () use (&$algorithm): void {
            $algorithm = 'MD5';
        };

        // plumb-ok: command-injection
        exec('ping -c 1 ' . $target);
        $useRequest();
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $target);

        // plumb-ok: weak-hash
        echo hash($algorithm, 'payload');
        $useLegacy();
        // plumb-expect: weak-hash
        echo hash($algorithm, 'payload');
        return 'ok';
    }
}
