use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    hosts: String,
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let hosts = q.hosts;
    let first = hosts.split(',').next().unwrap_or_default();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {first}")).output().unwrap();
    let fixed = "localhost,127.0.0.1".split(',').nth(1).unwrap();
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {fixed}")).output().unwrap();

    let names: Vec<&str> = "MD5,SHA256".split(',').collect();
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
