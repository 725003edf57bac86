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
    vec!["localhost", "127.0.0.1"].iter().for_each(|fixed| {
        // plumb-ok: command-injection
        Command::new("sh").arg("-c").arg(format!("ping -c 1 {fixed}")).output().unwrap();
    });
    vec![host].iter().for_each(|target| {
        // plumb-expect: command-injection
        Command::new("sh").arg("-c").arg(format!("ping -c 1 {target}")).output().unwrap();
    });

    vec!["MD5"].iter().for_each(|legacy| {
        // plumb-expect: weak-hash
        let md = MessageDigest::from_name(legacy).unwrap();
        hash(md, b"payload").unwrap();
    });
    vec!["SHA256", "SHA512"].iter().for_each(|strong| {
        // plumb-ok: weak-hash
        let md = MessageDigest::from_name(strong).unwrap();
        hash(md, b"payload").unwrap();
    });
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
