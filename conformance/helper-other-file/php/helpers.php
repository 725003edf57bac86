<?php

namespace App\Support;

function build_ping(string $target): string
{
    return 'ping -c 1 ' . $target;
}

function algorithm_name(string $family, string $size): string
{
    return $family . $size;
}
