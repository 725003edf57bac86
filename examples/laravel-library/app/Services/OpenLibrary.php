<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class OpenLibrary
{
    /** Bibliographic data for books we do not hold yet. */
    public function edition(string $isbn): ?array
    {
        // plumb-ok: ssrf
        $response = Http::timeout(5)->acceptJson()->get('https://openlibrary.org/isbn/' . rawurlencode($isbn) . '.json');

        return $response->successful() ? $response->json() : null;
    }

    /** Partner libraries publish their new acquisitions as a JSON feed. */
    public function fetchFeed(string $feedUrl): array
    {
        // plumb-expect: ssrf
        $response = Http::timeout(10)->get($feedUrl);
        $response->throw();

        return $response->json('items', []);
    }
}
