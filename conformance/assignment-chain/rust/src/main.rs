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
    let first = host.clone();
    let mut second = first;
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {second}")).output().unwrap();
    second = "localhost".to_string();
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {second}")).output().unwrap();

    let algorithm = "MD5";
    let mut chosen = algorithm;
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(chosen).unwrap();
    hash(md, b"payload").unwrap();
    chosen = "SHA256";
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(chosen).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
