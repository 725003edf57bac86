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
    let mut fixed = "ping".to_string();
    for part in ["-c", "1", "localhost"] {
        fixed = fixed + " " + part;
    }
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(&fixed).output().unwrap();
    let mut requested = "ping".to_string();
    for part in ["-c", "1", host.as_str()] {
        requested = requested + " " + part;
    }
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(&requested).output().unwrap();

    let mut legacy = String::new();
    for part in ["MD", "5"] {
        legacy = legacy + part;
    }
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&legacy).unwrap();
    hash(md, b"payload").unwrap();
    let mut strong = String::new();
    for part in ["SHA", "256"] {
        strong = strong + part;
    }
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(&strong).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
