<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class Rejected extends \RuntimeException
{
    public function __construct(public readonly string $value)
    {
        parent::__construct('rejected');
    }
}

class PingController extends Controller
{
    public function ping(Request $request)
    {
        $host = $request->input('host', '');
        try {
            throw new Rejected('localhost');
        } catch (Rejected $e) {
            // plumb-ok: command-injection
            exec('ping -c 1 ' . $e->value);
        }
        try {
            throw new Rejected($host);
        } catch (Rejected $e) {
            // plumb-expect: command-injection
            exec('ping -c 1 ' . $e->value);
        }

        try {
            throw new Rejected('MD5');
        } catch (Rejected $e) {
            // plumb-expect: weak-hash
            echo hash($e->value, 'payload');
        }
        try {
            throw new Rejected('SHA256');
        } catch (Rejected $e) {
            // plumb-ok: weak-hash
            echo hash($e->value, 'payload');
        }
        return 'ok';
    }
}
