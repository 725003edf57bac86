<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // PHP has no set type: the keys of an array are the set.
        foreach (array_keys(['localhost' => true, '127.0.0.1' => true]) as $fixed) {
            // plumb-ok: command-injection
            exec('ping -c 1 ' . $fixed);
        }
        foreach (array_keys([$host => true]) as $target) {
            // plumb-expect: command-injection
            exec('ping -c 1 ' . $target);
        }

        foreach (array_keys(['MD5' => true]) as $legacy) {
            // plumb-expect: weak-hash
            echo hash($legacy, 'payload');
        }
        foreach (array_keys(['SHA256' => true, 'SHA512' => true]) as $strong) {
            // plumb-ok: weak-hash
            echo hash($strong, 'payload');
        }
        return 'ok';
    }
}
