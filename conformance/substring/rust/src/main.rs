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
    let short_host = &host[..host.len().min(64)];
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {short_host}")).output().unwrap();
    let fixed = &"localhost:8080"[..9];
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {fixed}")).output().unwrap();

    let legacy = &"MD5-legacy"[0..3];
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(legacy).unwrap();
    hash(md, b"payload").unwrap();
    let strong = &"SHA256-current"[0..6];
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(strong).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
