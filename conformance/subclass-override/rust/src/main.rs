use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

trait Job {
    fn line(&self, _host: &str) -> String {
        "uptime".to_string()
    }
}

struct PlainJob;

impl Job for PlainJob {}

struct PingJob;

impl Job for PingJob {
    fn line(&self, host: &str) -> String {
        format!("ping -c 1 {host}")
    }
}

trait Hasher {
    fn algorithm(&self) -> &'static str {
        "SHA256"
    }
}

struct DefaultHasher;

impl Hasher for DefaultHasher {}

struct LegacyHasher;

impl Hasher for LegacyHasher {
    fn algorithm(&self) -> &'static str {
        "MD5"
    }
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let plain: &dyn Job = &PlainJob;
    let pinger: &dyn Job = &PingJob;
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(plain.line(&host)).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(pinger.line(&host)).output().unwrap();

    let legacy: &dyn Hasher = &LegacyHasher;
    let strong: &dyn Hasher = &DefaultHasher;
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(legacy.algorithm()).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(strong.algorithm()).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
