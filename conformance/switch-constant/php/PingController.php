<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $statusMode = 'status';
        switch ($statusMode) {
            case 'ping':
                $fixed = 'ping -c 1 ' . $host;
                break;
            case 'status':
                $fixed = 'uptime';
                break;
            default:
                throw new \InvalidArgumentException($statusMode);
        }
        // plumb-ok: command-injection
        exec($fixed);
        $pingMode = 'ping';
        switch ($pingMode) {
            case 'ping':
                $requested = 'ping -c 1 ' . $host;
                break;
            case 'status':
                $requested = 'uptime';
                break;
            default:
                throw new \InvalidArgumentException($pingMode);
        }
        // plumb-expect: command-injection
        exec($requested);

        $level = 'legacy';
        $legacy = match ($level) {
            'legacy' => 'MD5',
            'modern' => 'SHA256',
        };
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $modernLevel = 'modern';
        $strong = match ($modernLevel) {
            'legacy' => 'MD5',
            'modern' => 'SHA256',
        };
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
