<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class Settings
{
    public const DEFAULT_HOST = 'localhost';
    public const LEGACY_ALGORITHM = 'MD5';
    public const CURRENT_ALGORITHM = 'SHA256';
    public static string $lastHost = self::DEFAULT_HOST;
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        // plumb-ok: command-injection
        exec('ping -c 1 ' . Settings::DEFAULT_HOST);
        Settings::$lastHost = $host;
        // plumb-expect: command-injection
        exec('ping -c 1 ' . Settings::$lastHost);

        // plumb-expect: weak-hash
        echo hash(Settings::LEGACY_ALGORITHM, 'payload');
        // plumb-ok: weak-hash
        echo hash(Settings::CURRENT_ALGORITHM, 'payload');
        return 'ok';
    }
}
