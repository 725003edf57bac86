use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

enum Tool {
    Uptime,
    Ping,
}

impl Tool {
    fn command(&self) -> &'static str {
        match self {
            Tool::Uptime => "uptime",
            Tool::Ping => "ping -c 1 ",
        }
    }
}

enum Algorithm {
    Legacy,
    Current,
}

impl Algorithm {
    fn name(&self) -> &'static str {
        match self {
            Algorithm::Legacy => "MD5",
            Algorithm::Current => "SHA256",
        }
    }
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(Tool::Uptime.command()).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(Tool::Ping.command().to_string() + &host).output().unwrap();

    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(Algorithm::Legacy.name()).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(Algorithm::Current.name()).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
