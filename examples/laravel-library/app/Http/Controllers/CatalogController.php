<?php

namespace App\Http\Controllers;

use App\Models\Book;
use App\Services\OpenLibrary;
use Illuminate\Http\Request;
use Illuminate\Routing\Controller;
use Illuminate\Support\Facades\DB;

class CatalogController extends Controller
{
    /** ORDER BY cannot be bound, so the sort key selects one of these. */
    private const SORTS = [
        'title' => 'title ASC',
        'newest' => 'published_year DESC, title ASC',
        'author' => 'author ASC, title ASC',
    ];

    public function search(Request $request)
    {
        $q = trim((string) $request->query('q', ''));
        $order = self::SORTS[$request->query('sort')] ?? self::SORTS['title'];
        $from = (int) $request->query('from', 0);
        $to = (int) $request->query('to', 9999);

        // plumb-ok: sql-injection
        $books = Book::query()->publishedBetween($from, $to)->matching($q)->orderByRaw($order)->paginate(25);

        // plumb-ok: xss
        return view('catalog.search', ['books' => $books, 'q' => $q]);
    }

    /** Typeahead under the search box; returns <li> items for htmx. */
    public function suggest(Request $request)
    {
        $q = (string) $request->query('q', '');
        $rows = DB::select('SELECT id, title FROM books WHERE title LIKE ? ORDER BY title LIMIT 8', [$q . '%']);
        if ($rows === []) {
            // plumb-expect: xss
            return response('<li class="empty">No books start with "' . $q . '"</li>');
        }

        return response(implode('', array_map(fn ($row) => '<li>' . e($row->title) . '</li>', $rows)));
    }

    public function shelf(Request $request)
    {
        $shelf = (int) $request->query('shelf');
        // plumb-ok: sql-injection
        $books = DB::select("SELECT id, title, author FROM books WHERE shelf_id = {$shelf} ORDER BY author");
        // The shelf code is typed by volunteers, e.g. "FIC-A" or "KIDS-3".
        $code = $request->query('code', '');
        // plumb-expect: sql-injection
        $neighbours = DB::select("SELECT id, code FROM shelves WHERE code LIKE '{$code}%' ORDER BY code");

        return response()->json(['books' => $books, 'neighbours' => $neighbours]);
    }

    public function badge(Request $request)
    {
        $label = $request->query('label', 'New');
        // plumb-ok: xss
        return response('<span class="badge">' . e($label) . '</span>');
    }

    public function byIsbn(string $isbn, OpenLibrary $openLibrary)
    {
        // plumb-ok: sql-injection
        $book = DB::selectOne('SELECT * FROM books WHERE isbn = ?', [$isbn]);

        return response()->json($book ?? $openLibrary->edition($isbn));
    }

    /** The advanced search form posts its previous state back in a hidden field. */
    public function restoreSearch(Request $request)
    {
        if ($request->filled('filters_json')) {
            // plumb-ok: unsafe-deserialization
            $filters = json_decode($request->input('filters_json'), true, 8, JSON_THROW_ON_ERROR);
        } else {
            // pages cached before the 2023 redesign still post PHP-serialized state
            // plumb-expect: unsafe-deserialization
            $filters = unserialize(base64_decode((string) $request->input('filters', '')));
        }
        $query = array_intersect_key((array) $filters, array_flip(['q', 'sort', 'from', 'to']));

        // plumb-ok: open-redirect
        return redirect()->route('catalog.search', $query);
    }

    public function help(Request $request)
    {
        $topic = $request->query('topic', 'index');
        // plumb-expect: path-traversal
        $markdown = file_get_contents(resource_path('help/' . $topic . '.md'));

        return view('help', ['topic' => $topic, 'markdown' => $markdown]);
    }
}
