use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

fn apply(value: &str, transform: impl Fn(&str) -> String) -> String {
    transform(value)
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(apply("localhost", |h| format!("ping -c 1 {h}"))).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(apply(&host, |h| format!("ping -c 1 {h}"))).output().unwrap();

    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&apply("MD", |family| family.to_string() + "5")).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(&apply("SHA", |family| family.to_string() + "256")).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
