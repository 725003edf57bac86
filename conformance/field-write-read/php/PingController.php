<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class Job
{
    public string $command = '';
    public string $algorithm = '';
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = new Job();
        $fixed->command = 'ping -c 1 localhost';
        $requested = new Job();
        $requested->command = 'ping -c 1 ' . $host;
        // plumb-ok: command-injection
        exec($fixed->command);
        // plumb-expect: command-injection
        exec($requested->command);

        $legacy = new Job();
        $legacy->algorithm = 'MD5';
        $strong = new Job();
        $strong->algorithm = 'SHA256';
        // plumb-expect: weak-hash
        echo hash($legacy->algorithm, 'payload');
        // plumb-ok: weak-hash
        echo hash($strong->algorithm, 'payload');
        return 'ok';
    }
}
