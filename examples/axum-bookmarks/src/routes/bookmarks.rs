use axum::{
    extract::{Path, Query, State},
    response::Html,
    Json,
};
use serde::Deserialize;
use tracing::info;

use crate::repository;
use crate::AppState;

#[derive(Deserialize)]
pub struct ListParams {
    tag: String,
}

#[derive(Deserialize)]
pub struct SearchParams {
    q: String,
    sort: Option<String>,
}

#[derive(Deserialize)]
pub struct NewBookmark {
    url: String,
    title: String,
}

pub async fn list(State(state): State<AppState>, Query(params): Query<ListParams>) -> Json<Vec<String>> {
    let rows = repository::by_tag(&state.pool, &params.tag).await;
    // plumb-ok: xss
    Json(rows.into_iter().map(|(_, url, _)| url).collect())
}

pub async fn show(State(state): State<AppState>, Path(id): Path<i64>) -> Html<String> {
    let row = repository::by_id(&state.pool, id).await;
    let title = row.map(|(_, _, title)| title).unwrap_or_default();
    // plumb-ok: xss
    Html(format!("<h1>Bookmark {id}</h1><p>{} characters</p>", title.len()))
}

pub async fn search(
    State(state): State<AppState>,
    Query(params): Query<SearchParams>,
) -> Html<String> {
    let order = params.sort.unwrap_or_else(|| "title".to_string());
    // plumb-expect: log-injection
    info!("search for {}", params.q);
    let rows = repository::search_titles(&state.pool, &params.q, &order).await;
    let mut page = String::from("<ul>");
    for (_, url, title) in rows {
        page.push_str(&format!("<li><a href=\"{url}\">{title}</a></li>"));
    }
    page.push_str("</ul>");
    // plumb-expect: xss
    Html(format!("<p>Results for {}</p>{}", params.q, page))
}

pub async fn create(State(state): State<AppState>, Json(body): Json<NewBookmark>) -> &'static str {
    repository::insert(&state.pool, &body.url, &body.title).await;
    "created"
}
