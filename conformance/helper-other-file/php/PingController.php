<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;
use function App\Support\algorithm_name;
use function App\Support\build_ping;

require_once __DIR__ . '/helpers.php';

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // plumb-ok: command-injection
        exec(build_ping('localhost'));
        // plumb-expect: command-injection
        exec(build_ping($host));

        // plumb-expect: weak-hash
        echo hash(algorithm_name('MD', '5'), 'payload');
        // plumb-ok: weak-hash
        echo hash(algorithm_name('SHA', '256'), 'payload');
        return 'ok';
    }
}
