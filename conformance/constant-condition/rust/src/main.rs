use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

const DEBUG: bool = false;
const TRUST_REQUEST: bool = true;
const LEGACY_CLIENTS: bool = true;
const ALLOW_LEGACY: bool = false;

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let mut fixed = "localhost".to_string();
    if DEBUG {
        fixed = host.clone();
    }
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {fixed}")).output().unwrap();
    let mut requested = "localhost".to_string();
    if TRUST_REQUEST {
        requested = host.clone();
    }
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {requested}")).output().unwrap();

    let mut legacy = "SHA256";
    if LEGACY_CLIENTS {
        legacy = "MD5";
    }
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(legacy).unwrap();
    hash(md, b"payload").unwrap();
    let mut strong = "SHA256";
    if ALLOW_LEGACY {
        strong = "MD5";
    }
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
