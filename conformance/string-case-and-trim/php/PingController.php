<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $cleaned = strtolower(trim($host));
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $cleaned);
        $fixed = strtolower(trim('  LOCALHOST '));
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fixed);

        $legacy = strtoupper(trim(' md5 '));
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $strong = strtoupper(trim(' sha256 '));
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
