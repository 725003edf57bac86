<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

/** @return array{string, string} */
function targets(string $requested): array
{
    return ['localhost', $requested];
}

/** @return array{string, string} */
function algorithms(): array
{
    return ['MD5', 'SHA256'];
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        [$fallback, $chosen] = targets($host);
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fallback);
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $chosen);

        [$legacy, $current] = algorithms();
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        // plumb-ok: weak-hash
        echo hash($current, 'payload');
        return 'ok';
    }
}
