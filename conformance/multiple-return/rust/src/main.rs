use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

fn targets(requested: &str) -> (String, String) {
    ("localhost".to_string(), requested.to_string())
}

fn algorithms() -> (&'static str, &'static str) {
    ("MD5", "SHA256")
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let (fallback, chosen) = targets(&host);
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {fallback}")).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {chosen}")).output().unwrap();

    let (legacy, current) = algorithms();
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(legacy).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(current).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
