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
    let packets: u32 = match count.parse() {
        Ok(n) => n,
        Err(_) => return "count must be a number",
    };
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg("ping -c ".to_string() + &packets.to_string() + " localhost").output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg("ping -c ".to_string() + &count + " localhost").output().unwrap();

    let size: u32 = "5".parse().unwrap();
    let legacy = "MD".to_string() + &size.to_string();
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&legacy).unwrap();
    hash(md, b"payload").unwrap();
    let bits: u32 = "256".parse().unwrap();
    let strong = "SHA".to_string() + &bits.to_string();
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
