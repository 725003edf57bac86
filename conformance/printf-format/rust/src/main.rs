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
    let command = format!("ping -c 1 {}", host);
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(&command).output().unwrap();
    let fixed = format!("ping -c {} {}", 1, "localhost");
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(&fixed).output().unwrap();

    let legacy = format!("{}{}", "MD", 5);
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&legacy).unwrap();
    hash(md, b"payload").unwrap();
    let strong = format!("SHA{}", 256);
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
