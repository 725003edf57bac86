use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let fixed: Vec<String> = vec!["localhost"].into_iter().map(|h| format!("ping -c 1 {h}")).collect();
    let requested: Vec<String> = vec![host].into_iter().map(|h| format!("ping -c 1 {h}")).collect();
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(&fixed[0]).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(&requested[0]).output().unwrap();

    let legacy: Vec<String> = vec!["MD"].into_iter().map(|family| family.to_string() + "5").collect();
    let strong: Vec<String> = vec!["SHA"].into_iter().map(|family| family.to_string() + "256").collect();
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&legacy[0]).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(&strong[0]).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
