<?php

namespace App\Services;

use RuntimeException;

/** Spine labels are printed with zint (https://zint.org.uk). */
class Barcodes
{
    public function __construct(private string $outputDir = '/var/lib/library/barcodes')
    {
    }

    public function render(string $isbn, string $caption): string
    {
        $out = $this->outputDir . '/' . preg_replace('/\D/', '', $isbn) . '.png';
        // plumb-expect: command-injection
        $log = shell_exec('zint --barcode=69 --data=' . $isbn . ' --text="' . $caption . '" --output=' . $out . ' 2>&1');
        if (!is_file($out)) {
            throw new RuntimeException('zint failed: ' . $log);
        }

        return $out;
    }

    public function renderEscaped(string $isbn, string $caption): string
    {
        $out = $this->outputDir . '/' . preg_replace('/\D/', '', $isbn) . '.png';
        // plumb-ok: command-injection
        $log = shell_exec('zint --barcode=69 --data=' . escapeshellarg($isbn) . ' --text=' . escapeshellarg($caption) . ' --output=' . escapeshellarg($out) . ' 2>&1');
        if (!is_file($out)) {
            throw new RuntimeException('zint failed: ' . $log);
        }

        return $out;
    }
}
