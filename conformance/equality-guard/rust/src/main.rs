use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
    algorithm: String,
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let algorithm = q.algorithm;
    if host == "localhost" {
        // plumb-ok: command-injection
        Command::new("sh").arg("-c").arg(format!("ping -c 1 {host}")).output().unwrap();
    }
    if !host.is_empty() {
        // plumb-expect: command-injection
        Command::new("sh").arg("-c").arg(format!("ping -c 1 {host}")).output().unwrap();
    }

    if algorithm == "MD5" {
        // plumb-expect: weak-hash
        let md = MessageDigest::from_name(&algorithm).unwrap();
        hash(md, b"payload").unwrap();
    }
    if algorithm == "SHA256" {
        // plumb-ok: weak-hash
        let md = MessageDigest::from_name(&algorithm).unwrap();
        hash(md, b"payload").unwrap();
    }
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
