use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    count: String,
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let count = q.count;
    let packets = 2 * 2;
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg("ping -c ".to_string() + &(packets + 1).to_string() + " localhost").output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg("ping -c ".to_string() + &packets.to_string() + &count + " localhost").output().unwrap();

    let legacy = "MD".to_string() + &(2 + 3).to_string();
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&legacy).unwrap();
    hash(md, b"payload").unwrap();
    let strong = "SHA".to_string() + &(128 * 2).to_string();
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
