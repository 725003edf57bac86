use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

fn pad(value: String, depth: u32) -> String {
    if depth == 0 {
        return value;
    }
    pad(" ".to_string() + &value, depth - 1)
}

fn unwrap(value: &str, depth: u32) -> &str {
    if depth == 0 {
        return value;
    }
    unwrap(value, depth - 1)
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg("ping -c 1".to_string() + &pad("localhost".to_string(), 2)).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg("ping -c 1".to_string() + &pad(host, 2)).output().unwrap();

    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(unwrap("MD5", 3)).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(unwrap("SHA256", 3)).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
