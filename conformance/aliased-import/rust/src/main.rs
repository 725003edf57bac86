use std::process::Command as Shell;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash as digest_bytes, MessageDigest as Digest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    // plumb-ok: command-injection
    Shell::new("sh").arg("-c").arg("ping -c 1 localhost").output().unwrap();
    // plumb-expect: command-injection
    Shell::new("sh").arg("-c").arg(format!("ping -c 1 {host}")).output().unwrap();

    // plumb-expect: weak-hash
    let md = Digest::from_name("MD5").unwrap();
    digest_bytes(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = Digest::from_name("SHA256").unwrap();
    digest_bytes(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
