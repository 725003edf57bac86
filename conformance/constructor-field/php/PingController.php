<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class Setting
{
    public function __construct(private string $value)
    {
    }

    public function value(): string
    {
        return $this->value;
    }
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = new Setting('localhost');
        $requested = new Setting($host);
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fixed->value());
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $requested->value());

        $legacy = new Setting('MD5');
        $strong = new Setting('SHA256');
        // plumb-expect: weak-hash
        echo hash($legacy->value(), 'payload');
        // plumb-ok: weak-hash
        echo hash($strong->value(), 'payload');
        return 'ok';
    }
}
