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
    let targets = ["localhost", host.as_str()];
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", targets[0])).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", targets[1])).output().unwrap();

    let names = ["MD5", "SHA256"];
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(names[0]).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(names[1]).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
