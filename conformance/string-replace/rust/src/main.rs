use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
    hosts: String,
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let hosts = q.hosts;
    let template = "ping -c 1 HOST";
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(template.replace("HOST", &host)).output().unwrap();
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(template.replace("HOST", "localhost")).output().unwrap();
    let spaced = hosts.replace(',', " ");
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {spaced}")).output().unwrap();

    let legacy = "MD-5".replace('-', "");
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&legacy).unwrap();
    hash(md, b"payload").unwrap();
    let strong = "SHA_256".replace('_', "");
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
