use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

struct Setting {
    value: String,
}

impl Setting {
    fn new(value: &str) -> Self {
        Setting { value: value.to_string() }
    }

    fn value(&self) -> &str {
        &self.value
    }
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let fixed = Setting::new("localhost");
    let requested = Setting::new(&host);
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", fixed.value())).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {}", requested.value())).output().unwrap();

    let legacy = Setting::new("MD5");
    let strong = Setting::new("SHA256");
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(legacy.value()).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(strong.value()).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
