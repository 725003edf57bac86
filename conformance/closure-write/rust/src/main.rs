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
    let mut target = "localhost".to_string();
    let mut algorithm = "SHA256";

    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {target}")).output().unwrap();
    let mut use_request = || target = host.clone();
    use_request();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(format!("ping -c 1 {target}")).output().unwrap();

    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(algorithm).unwrap();
    hash(md, b"payload").unwrap();
    let mut use_legacy = || algorithm = "MD5";
    use_legacy();
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(algorithm).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
