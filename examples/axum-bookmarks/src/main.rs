//! A bookmark service: users save links, tag them and fetch previews.

mod repository;
mod routes;

use axum::{routing::get, Router};
use sqlx::PgPool;

#[derive(Clone)]
pub struct AppState {
    pub pool: PgPool,
}

#[tokio::main]
async fn main() {
    let database_url = std::env::var("DATABASE_URL").unwrap_or_default();
    let pool = PgPool::connect(&database_url).await.unwrap();
    let state = AppState { pool };
    let app = Router::new()
        .route("/bookmarks", get(routes::bookmarks::list).post(routes::bookmarks::create))
        .route("/bookmarks/:id", get(routes::bookmarks::show))
        .route("/bookmarks/search", get(routes::bookmarks::search))
        .route("/preview", get(routes::preview::fetch))
        .route("/go", get(routes::preview::follow))
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
