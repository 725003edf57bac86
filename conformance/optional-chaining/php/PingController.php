<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $fixed = (object) ['target' => (object) ['host' => 'localhost']];
        $requested = (object) ['target' => (object) ['host' => $request->query('host')]];
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fixed?->target?->host);
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $requested?->target?->host);

        $settings = (object) ['digest' => (object) ['algorithm' => 'MD5']];
        // plumb-expect: weak-hash
        echo hash($settings->digest?->algorithm ?? 'SHA256', 'payload');
        // plumb-ok: weak-hash
        echo hash($settings->fallback?->algorithm ?? 'SHA256', 'payload');
        return 'ok';
    }
}
