<?php

namespace App\Http\Controllers;

use App\Support\Defaults;
use Illuminate\Http\Request;
use Illuminate\Routing\Controller;
use const App\Support\Defaults\LEGACY_ALGORITHM;

require_once __DIR__ . '/defaults.php';

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // plumb-ok: command-injection
        exec('ping -c 1 ' . Defaults\HOST);
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $host);

        // plumb-expect: weak-hash
        echo hash(LEGACY_ALGORITHM, 'payload');
        // plumb-ok: weak-hash
        echo hash(Defaults\CURRENT_ALGORITHM, 'payload');
        return 'ok';
    }
}
