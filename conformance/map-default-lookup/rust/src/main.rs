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
    let mut targets: HashMap<&str, &str> = HashMap::new();
    targets.insert("requested", &host);
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", targets.get("missing").copied().unwrap_or("localhost"))).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", targets.get("requested").copied().unwrap_or("localhost"))).output().unwrap();

    let mut algorithms: HashMap<&str, &str> = HashMap::new();
    algorithms.insert("legacy", "MD5");
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(algorithms.get("legacy").copied().unwrap_or("SHA256")).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(algorithms.get("unknown").copied().unwrap_or("SHA256")).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
