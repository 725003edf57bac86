<?php

namespace App\Http\Controllers;

use App\Models\Book;
use App\Services\Barcodes;
use App\Services\OpenLibrary;
use Illuminate\Http\Request;
use Illuminate\Routing\Controller;
use Illuminate\Support\Facades\Storage;

class AdminController extends Controller
{
    public function __construct(private Barcodes $barcodes, private OpenLibrary $openLibrary)
    {
    }

    public function barcode(Request $request, Book $book)
    {
        $file = $this->barcodes->render($book->isbn, $request->input('caption', $book->title));

        return response()->file($file);
    }

    public function barcodeEscaped(Request $request, Book $book)
    {
        $file = $this->barcodes->renderEscaped($book->isbn, $request->input('caption', $book->title));

        return response()->file($file);
    }

    /** Nightly CSV exports, listed on the dashboard. */
    public function downloadExport(Request $request)
    {
        $name = $request->query('file');
        // plumb-expect: path-traversal
        return response()->download(storage_path('app/exports/' . $name));
    }

    public function cover(Request $request)
    {
        // Flysystem normalises the path and rejects anything that leaves the disk root.
        // plumb-ok: path-traversal
        $image = Storage::disk('covers')->get($request->query('path'));

        return response($image)->header('Content-Type', 'image/jpeg');
    }

    public function deleteImport(string $name)
    {
        // plumb-ok: path-traversal
        @unlink(storage_path('app/imports/' . basename($name)));

        return response()->noContent();
    }

    public function importFeed(Request $request)
    {
        $items = $this->openLibrary->fetchFeed($request->input('feed_url'));
        foreach ($items as $item) {
            Book::updateOrCreate(['isbn' => $item['isbn']], array_intersect_key($item, array_flip(['title', 'author', 'published_year'])));
        }

        return response()->json(['imported' => count($items)]);
    }

    /** Late fees are configured as a formula of $days and $price. */
    public function previewFeeFormula(Request $request)
    {
        $days = (int) $request->input('days', 7);
        $price = (float) $request->input('price', 20);
        // plumb-expect: code-injection
        $fee = eval('return ' . $request->input('formula') . ';');

        return response()->json(['days' => $days, 'price' => $price, 'fee' => round((float) $fee, 2)]);
    }
}
