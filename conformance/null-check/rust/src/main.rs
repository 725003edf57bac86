use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let mut fixed: Option<String> = None;
    if fixed.is_none() {
        fixed = Some("localhost".to_string());
    }
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", fixed.unwrap())).output().unwrap();
    let mut requested: Option<String> = Some(host);
    if requested.is_none() {
        requested = Some("localhost".to_string());
    }
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", requested.unwrap())).output().unwrap();

    let mut legacy: Option<&str> = None;
    if legacy.is_none() {
        legacy = Some("MD5");
    }
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(legacy.unwrap()).unwrap();
    hash(md, b"payload").unwrap();
    let mut strong: Option<&str> = Some("SHA256");
    if strong.is_none() {
        strong = Some("MD5");
    }
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(strong.unwrap()).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
