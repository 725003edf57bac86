use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

async fn resolve(value: String) -> String {
    value
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let fixed = resolve("localhost".to_string()).await;
    let requested = resolve(host).await;
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {fixed}")).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {requested}")).output().unwrap();

    let legacy = resolve("MD5".to_string()).await;
    let strong = resolve("SHA256".to_string()).await;
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&legacy).unwrap();
    hash(md, b"payload").unwrap();
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
