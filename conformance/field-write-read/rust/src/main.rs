use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

#[derive(Default)]
struct Job {
    command: String,
    algorithm: String,
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let mut fixed = Job::default();
    fixed.command = "ping -c 1 localhost".to_string();
    let mut requested = Job::default();
    requested.command = format!("ping -c 1 {host}");
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(&fixed.command).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(&requested.command).output().unwrap();

    let mut legacy = Job::default();
    legacy.algorithm = "MD5".to_string();
    let mut strong = Job::default();
    strong.algorithm = "SHA256".to_string();
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&legacy.algorithm).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(&strong.algorithm).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
