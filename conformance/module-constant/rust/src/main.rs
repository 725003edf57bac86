use std::sync::LazyLock;
use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

const DEFAULT_HOST: &str = "localhost";
const FAMILY: &str = "MD";
static LEGACY: LazyLock<String> = LazyLock::new(|| FAMILY.to_string() + "5");
static CURRENT: LazyLock<String> = LazyLock::new(|| "SHA".to_string() + &256.to_string());

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {DEFAULT_HOST}")).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {host}")).output().unwrap();

    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&LEGACY).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(&CURRENT).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
