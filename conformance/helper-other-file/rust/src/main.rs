mod helpers;

use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

use helpers::{algorithm_name, build_ping};

#[derive(Deserialize)]
struct Ping {
    host: String,
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(build_ping("localhost")).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(build_ping(&host)).output().unwrap();

    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&algorithm_name("MD", "5")).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(&algorithm_name("SHA", "256")).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
