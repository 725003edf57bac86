use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

trait Target {
    fn host(&self) -> String;
}

struct FixedTarget;

impl Target for FixedTarget {
    fn host(&self) -> String {
        "localhost".to_string()
    }
}

struct RequestTarget {
    host: String,
}

impl Target for RequestTarget {
    fn host(&self) -> String {
        self.host.clone()
    }
}

trait Policy {
    fn algorithm(&self) -> &'static str;
}

struct LegacyPolicy;

impl Policy for LegacyPolicy {
    fn algorithm(&self) -> &'static str {
        "MD5"
    }
}

struct ModernPolicy;

impl Policy for ModernPolicy {
    fn algorithm(&self) -> &'static str {
        "SHA256"
    }
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let fixed: Box<dyn Target> = Box::new(FixedTarget);
    let requested: Box<dyn Target> = Box::new(RequestTarget { host });
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", fixed.host())).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", requested.host())).output().unwrap();

    let legacy: Box<dyn Policy> = Box::new(LegacyPolicy);
    let modern: Box<dyn Policy> = Box::new(ModernPolicy);
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(legacy.algorithm()).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(modern.algorithm()).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
