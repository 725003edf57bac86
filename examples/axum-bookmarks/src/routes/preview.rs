use axum::{extract::Query, response::Redirect};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Target {
    url: String,
}

const PREVIEW_API: &str = "https://preview.example.com/v2/render?url=";

pub async fn fetch(Query(target): Query<Target>) -> String {
    // plumb-expect: ssrf
    let direct = reqwest::get(&target.url).await.unwrap().text().await.unwrap();
    let proxied = format!("{}{}", PREVIEW_API, target.url);
    // plumb-ok: ssrf
    let rendered = reqwest::get(&proxied).await.unwrap().text().await.unwrap();
    direct + &rendered
}

pub async fn follow(Query(target): Query<Target>) -> Redirect {
    if target.url.starts_with('/') && !target.url.starts_with("//") {
        // plumb-ok: open-redirect
        return Redirect::to("/bookmarks");
    }
    // plumb-expect: open-redirect
    Redirect::to(&target.url)
}
