@extends('layouts.app')

@section('content')
    <article class="help help-{{ $topic }}">
        <pre>{{ $markdown }}</pre>
    </article>
@endsection
