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
    let status_mode = "status";
    let fixed = match status_mode {
        "ping" => format!("ping -c 1 {host}"),
        "status" => "uptime".to_string(),
        _ => panic!("{status_mode}"),
    };
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(&fixed).output().unwrap();
    let ping_mode = "ping";
    let requested = match ping_mode {
        "ping" => format!("ping -c 1 {host}"),
        "status" => "uptime".to_string(),
        _ => panic!("{ping_mode}"),
    };
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(&requested).output().unwrap();

    let level = "legacy";
    let legacy = match level {
        "legacy" => "MD5",
        "modern" => "SHA256",
        _ => panic!("{level}"),
    };
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(legacy).unwrap();
    hash(md, b"payload").unwrap();
    let modern_level = "modern";
    let strong = match modern_level {
        "legacy" => "MD5",
        "modern" => "SHA256",
        _ => panic!("{modern_level}"),
    };
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(strong).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
