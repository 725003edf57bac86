//! Bookmark storage on PostgreSQL.

use sqlx::PgPool;

pub struct Bookmark {
    pub id: i64,
    pub url: String,
    pub title: String,
}

const COLUMNS: &str = "id, url, title";

pub async fn by_id(pool: &PgPool, id: i64) -> Option<(i64, String, String)> {
    let sql = format!("SELECT {COLUMNS} FROM bookmarks WHERE id = {id}");
    // plumb-ok: sql-injection
    sqlx::query_as(&sql).fetch_optional(pool).await.ok().flatten()
}

pub async fn by_tag(pool: &PgPool, tag: &str) -> Vec<(i64, String, String)> {
    // plumb-ok: sql-injection
    sqlx::query_as("SELECT id, url, title FROM bookmarks WHERE tag = $1")
        .bind(tag)
        .fetch_all(pool)
        .await
        .unwrap_or_default()
}

pub async fn search_titles(pool: &PgPool, term: &str, order: &str) -> Vec<(i64, String, String)> {
    let sql = format!(
        "SELECT {} FROM bookmarks WHERE title ILIKE '%{}%' ORDER BY {}",
        COLUMNS, term, order
    );
    // plumb-expect: sql-injection
    sqlx::query_as(&sql).fetch_all(pool).await.unwrap_or_default()
}

pub async fn insert(pool: &PgPool, url: &str, title: &str) {
    // plumb-ok: sql-injection
    let _ = sqlx::query!("INSERT INTO bookmarks (url, title) VALUES ($1, $2)", url, title)
        .execute(pool)
        .await;
}

pub fn describe(bookmark: &Bookmark) -> String {
    format!("#{} {} ({})", bookmark.id, bookmark.title, bookmark.url)
}
