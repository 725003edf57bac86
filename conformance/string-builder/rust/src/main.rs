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
    let mut command = String::from("ping");
    command.push_str(" -c 1 ");
    command.push_str(&host);
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(&command).output().unwrap();
    let mut fixed = String::from("ping");
    fixed.push_str(" -c 1 ");
    fixed.push_str("localhost");
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(&fixed).output().unwrap();

    let mut legacy = String::new();
    legacy.push_str("MD");
    legacy.push_str(&5.to_string());
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&legacy).unwrap();
    hash(md, b"payload").unwrap();
    let mut strong = String::from("SHA");
    strong.push_str(&256.to_string());
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
