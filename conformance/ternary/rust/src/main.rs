use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

const LEGACY_CLIENTS: bool = true;

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let fixed = if host.is_empty() { "localhost" } else { "127.0.0.1" };
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {fixed}")).output().unwrap();
    let requested = if host.is_empty() { "localhost".to_string() } else { host.clone() };
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {requested}")).output().unwrap();

    let legacy = if LEGACY_CLIENTS { "MD5" } else { "SHA256" };
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(legacy).unwrap();
    hash(md, b"payload").unwrap();
    let strong = if LEGACY_CLIENTS { "SHA256" } else { "MD5" };
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
