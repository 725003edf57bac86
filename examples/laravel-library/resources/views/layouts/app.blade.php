<!doctype html>
<html lang="{{ str_replace('_', '-', app()->getLocale()) }}">
<head>
    <meta charset="utf-8">
    <title>{{ config('app.name', 'Library') }}</title>
    <script src="/js/htmx.min.js" defer></script>
</head>
<body>
    <main>@yield('content')</main>
</body>
</html>
