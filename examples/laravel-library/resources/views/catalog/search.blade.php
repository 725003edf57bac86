@extends('layouts.app')

@section('content')
    <form method="get" action="{{ route('catalog.search') }}">
        <input type="search" name="q" value="{{ $q }}" hx-get="/catalog/suggest" hx-target="#suggestions">
        <ul id="suggestions"></ul>
    </form>

    @if ($q !== '')
        <p>{{ $books->total() }} results for “{{ $q }}”</p>
    @endif

    <ul class="books">
        @foreach ($books as $book)
            <li><strong>{{ $book->title }}</strong> — {{ $book->author }} ({{ $book->published_year }})</li>
        @endforeach
    </ul>

    {{ $books->withQueryString()->links() }}
@endsection
