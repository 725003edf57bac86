use std::collections::HashMap;
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
    let mut targets = HashMap::from([("fallback", "localhost".to_string())]);
    targets.extend(HashMap::from([("requested", host)]));
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", targets["fallback"])).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", targets["requested"])).output().unwrap();

    let mut algorithms = HashMap::from([("legacy", "MD5"), ("current", "SHA1")]);
    algorithms.extend(HashMap::from([("current", "SHA256")]));
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(algorithms["legacy"]).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(algorithms["current"]).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
