<?php

use App\Http\Controllers\AccountController;
use App\Http\Controllers\AdminController;
use App\Http\Controllers\CatalogController;
use Illuminate\Support\Facades\Route;

Route::get('/', fn () => redirect()->route('catalog.search'));

Route::get('/catalog', [CatalogController::class, 'search'])->name('catalog.search');
Route::get('/catalog/suggest', [CatalogController::class, 'suggest']);
Route::get('/catalog/shelf', [CatalogController::class, 'shelf']);
Route::get('/catalog/badge', [CatalogController::class, 'badge']);
Route::get('/catalog/isbn/{isbn}', [CatalogController::class, 'byIsbn']);
Route::post('/catalog/saved-search', [CatalogController::class, 'restoreSearch']);
Route::get('/help', [CatalogController::class, 'help']);

Route::post('/login', [AccountController::class, 'login']);
Route::post('/logout', [AccountController::class, 'logout']);
Route::get('/login/continue', [AccountController::class, 'continue']);

Route::middleware('auth')->prefix('admin')->group(function () {
    Route::post('/books/{book}/barcode', [AdminController::class, 'barcode']);
    Route::post('/books/{book}/barcode-safe', [AdminController::class, 'barcodeEscaped']);
    Route::get('/exports', [AdminController::class, 'downloadExport']);
    Route::get('/covers', [AdminController::class, 'cover']);
    Route::delete('/imports/{name}', [AdminController::class, 'deleteImport']);
    Route::post('/imports/feed', [AdminController::class, 'importFeed']);
    Route::post('/fees/preview', [AdminController::class, 'previewFeeFormula']);
});
