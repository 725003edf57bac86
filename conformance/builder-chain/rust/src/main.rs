use std::process::Command;

use axum::{extract::Query, routing::get, Router};
use openssl::hash::{hash, MessageDigest};
use serde::Deserialize;

#[derive(Deserialize)]
struct Ping {
    host: String,
}

struct CommandBuilder {
    line: String,
}

impl CommandBuilder {
    fn new(program: &str) -> Self {
        CommandBuilder { line: program.to_string() }
    }

    fn arg(mut self, value: &str) -> Self {
        self.line = self.line + " " + value;
        self
    }

    fn build(self) -> String {
        self.line
    }
}

#[derive(Default)]
struct AlgorithmBuilder {
    family: String,
    size: String,
}

impl AlgorithmBuilder {
    fn family(mut self, family: &str) -> Self {
        self.family = family.to_string();
        self
    }

    fn size(mut self, size: &str) -> Self {
        self.size = size.to_string();
        self
    }

    fn build(self) -> String {
        self.family + &self.size
    }
}

async fn ping(Query(q): Query<Ping>) -> &'static str {
    let host = q.host;
    let fixed = CommandBuilder::new("ping").arg("-c 1").arg("localhost").build();
    let requested = CommandBuilder::new("ping").arg("-c 1").arg(&host).build();
    // plumb-ok: command-injection
    Command::new("sh").arg("-c").arg(&fixed).output().unwrap();
    // plumb-expect: command-injection
    Command::new("sh").arg("-c").arg(&requested).output().unwrap();

    let legacy = AlgorithmBuilder::default().family("MD").size("5").build();
    let strong = AlgorithmBuilder::default().family("SHA").size("256").build();
    // plumb-expect: weak-hash
    let md = MessageDigest::from_name(&legacy).unwrap();
    hash(md, b"payload").unwrap();
    // plumb-ok: weak-hash
    let md = MessageDigest::from_name(&strong).unwrap();
    hash(md, b"payload").unwrap();
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/ping", get(ping));
    let listener = tokio::net::TcpListener::bind("0.0.0.0:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
