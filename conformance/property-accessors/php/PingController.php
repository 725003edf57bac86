<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class Option
{
    public function __construct(private string $value)
    {
    }

    public function getValue(): string
    {
        return $this->value;
    }

    public function setValue(string $value): void
    {
        $this->value = $value;
    }
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = new Option('localhost');
        $requested = new Option('localhost');
        $requested->setValue($host);
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fixed->getValue());
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $requested->getValue());

        $legacy = new Option('SHA256');
        $legacy->setValue('MD5');
        $strong = new Option('SHA256');
        // plumb-expect: weak-hash
        echo hash($legacy->getValue(), 'payload');
        // plumb-ok: weak-hash
        echo hash($strong->getValue(), 'payload');
        return 'ok';
    }
}
