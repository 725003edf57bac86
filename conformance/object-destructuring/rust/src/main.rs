use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

struct Targets {
    fallback: String,
    requested: String,
}

struct Algorithms {
    legacy: &'static str,
    current: &'static str,
}

async fn ping(Query(Ping { host }): Query<Ping>) -> &'static str {
    let targets = Targets { fallback: "localhost".to_string(), requested: host.clone() };
    let Targets { fallback, .. } = targets;
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {fallback}")).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {host}")).output().unwrap();

    let algorithms = Algorithms { legacy: "MD5", current: "SHA256" };
    let Algorithms { legacy: weak, current: strong } = algorithms;
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(weak).unwrap();
    hash(md, b"payload").unwrap();
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
