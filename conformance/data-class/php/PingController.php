<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

final readonly class Targets
{
    public function __construct(public string $fallback, public string $requested)
    {
    }
}

final readonly class Algorithms
{
    public function __construct(public string $legacy, public string $current)
    {
    }
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $targets = new Targets('localhost', $host);
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $targets->fallback);
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $targets->requested);

        $algorithms = new Algorithms('MD5', 'SHA256');
        // plumb-expect: weak-hash
        echo hash($algorithms->legacy, 'payload');
        // plumb-ok: weak-hash
        echo hash($algorithms->current, 'payload');
        return 'ok';
    }
}
