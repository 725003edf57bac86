<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

interface Target
{
    public function host(): string;
}

class FixedTarget implements Target
{
    public function host(): string
    {
        return 'localhost';
    }
}

class RequestTarget implements Target
{
    public function __construct(private string $host)
    {
    }

    public function host(): string
    {
        return $this->host;
    }
}

interface Policy
{
    public function algorithm(): string;
}

class LegacyPolicy implements Policy
{
    public function algorithm(): string
    {
        return 'MD5';
    }
}

class ModernPolicy implements Policy
{
    public function algorithm(): string
    {
        return 'SHA256';
    }
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = new FixedTarget();
        $requested = new RequestTarget($host);
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fixed->host());
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $requested->host());

        $legacy = new LegacyPolicy();
        $modern = new ModernPolicy();
        // plumb-expect: weak-hash
        echo hash($legacy->algorithm(), 'payload');
        // plumb-ok: weak-hash
        echo hash($modern->algorithm(), 'payload');
        return 'ok';
    }
}
