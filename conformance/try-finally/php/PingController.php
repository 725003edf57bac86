<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

function check(string $value): void
{
    if ($value === '') {
        throw new \InvalidArgumentException('empty value');
    }
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        $fixed = $host;
        try {
            check($fixed);
        } finally {
            $fixed = 'localhost';
        }
        // plumb-ok: command-injection
        exec('ping -c 1 ' . $fixed);
        $requested = 'localhost';
        try {
            check($host);
        } finally {
            $requested = $host;
        }
        // plumb-expect: command-injection
        exec('ping -c 1 ' . $requested);

        $legacy = 'SHA256';
        try {
            check($legacy);
        } finally {
            $legacy = 'MD5';
        }
        // plumb-expect: weak-hash
        echo hash($legacy, 'payload');
        $strong = 'MD5';
        try {
            check($strong);
        } finally {
            $strong = 'SHA256';
        }
        // plumb-ok: weak-hash
        echo hash($strong, 'payload');
        return 'ok';
    }
}
