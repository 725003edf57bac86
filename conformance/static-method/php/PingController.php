<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class Commands
{
    public static function ping(string $target): string
    {
        return 'ping -c 1 ' . $target;
    }

    public static function algorithm(string $family, string $size): string
    {
        return $family . $size;
    }
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // plumb-ok: command-injection
        exec(Commands::ping('localhost'));
        // plumb-expect: command-injection
        exec(Commands::ping($host));

        // plumb-expect: weak-hash
        echo hash(Commands::algorithm('MD', '5'), 'payload');
        // plumb-ok: weak-hash
        echo hash(Commands::algorithm('SHA', '256'), 'payload');
        return 'ok';
    }
}
