use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

fn prefixer(prefix: &'static str) -> impl Fn(&str) -> String {
    move |value| prefix.to_string() + value
}

fn fixed(value: &'static str) -> impl Fn() -> &'static str {
    move || value
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let ping_command = prefixer("ping -c 1 ");
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(ping_command("localhost")).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(ping_command(&host)).output().unwrap();

    let legacy = fixed("MD5");
    let strong = fixed("SHA256");
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(legacy()).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(strong()).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
