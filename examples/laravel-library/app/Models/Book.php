<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Builder;
use Illuminate\Database\Eloquent\Model;

class Book extends Model
{
    protected $fillable = ['isbn', 'title', 'author', 'published_year', 'shelf_id', 'cover_path'];

    protected $casts = ['published_year' => 'integer'];

    public function scopePublishedBetween(Builder $query, int $from, int $to): Builder
    {
        // plumb-ok: sql-injection
        return $query->whereRaw('published_year BETWEEN ? AND ?', [$from, $to]);
    }

    /** Full-text search over title and author (MySQL boolean mode). */
    public function scopeMatching(Builder $query, string $terms): Builder
    {
        // plumb-expect: sql-injection
        return $query->whereRaw("MATCH(title, author) AGAINST ('" . $terms . "' IN BOOLEAN MODE)");
    }
}
