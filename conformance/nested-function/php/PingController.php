<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');

        $build = function (string $target): string {
            return 'ping -c 1 ' . $target;
        };
        $name = function (string $family, string $size): string {
            return $family . $size;
        };

        // plumb-ok: command-injection
        exec($build('localhost'));
        // plumb-expect: command-injection
        exec($build($host));

        // plumb-expect: weak-hash
        echo hash($name('MD', '5'), 'payload');
        // plumb-ok: weak-hash
        echo hash($name('SHA', '256'), 'payload');
        return 'ok';
    }
}
