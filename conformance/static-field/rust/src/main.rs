use std::sync::Mutex;
use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

struct Settings;

impl Settings {
    const DEFAULT_HOST: &'static str = "localhost";
    const LEGACY_ALGORITHM: &'static str = "MD5";
    const CURRENT_ALGORITHM: &'static str = "SHA256";
}

static LAST_HOST: Mutex<String> = Mutex::new(String::new());

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", Settings::DEFAULT_HOST)).output().unwrap();
    *LAST_HOST.lock().unwrap() = host;
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", LAST_HOST.lock().unwrap())).output().unwrap();

    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(Settings::LEGACY_ALGORITHM).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(Settings::CURRENT_ALGORITHM).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
