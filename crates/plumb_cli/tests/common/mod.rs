//! Runs the real `plumb` binary on temporary trees.

#![allow(dead_code)]

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Long enough for a debug build on a busy machine; a hang (a symlink
/// loop followed forever) is what this guards against.
const TIMEOUT: Duration = Duration::from_secs(180);

pub struct Run {
    /// `None` when killed by a signal (a crash).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|error| {
            panic!(
                "stdout is not JSON ({error}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// Exit code 0 or 1: the scan finished (with or without findings).
    pub fn assert_finished(&self) {
        assert!(
            matches!(self.code, Some(0 | 1)),
            "expected exit 0 or 1, got {:?}\nstdout:\n{}\nstderr:\n{}",
            self.code,
            self.stdout,
            self.stderr
        );
    }

    pub fn assert_code(&self, code: i32) {
        assert_eq!(
            self.code,
            Some(code),
            "unexpected exit code\nstdout:\n{}\nstderr:\n{}",
            self.stdout,
            self.stderr
        );
    }
}

pub fn plumb(dir: &Path, args: &[&str]) -> Run {
    plumb_with_env(dir, args, &[])
}

pub fn plumb_with_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_plumb"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = command.spawn().expect("the plumb binary runs");
    let stdout = child.stdout.take().expect("piped stdout");
    let stderr = child.stderr.take().expect("piped stderr");
    // Drained on threads so that a chatty child cannot block on a full pipe.
    let stdout = std::thread::spawn(move || read_all(stdout));
    let stderr = std::thread::spawn(move || read_all(stderr));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for plumb") {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("plumb {args:?} did not finish within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code(),
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
    }
}

fn read_all(mut pipe: impl Read) -> String {
    let mut bytes = Vec::new();
    let _ = pipe.read_to_end(&mut bytes);
    String::from_utf8_lossy(&bytes).into_owned()
}

pub fn write(root: &Path, relative: &str, contents: impl AsRef<[u8]>) {
    let path = root.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create parent directories");
    }
    std::fs::write(path, contents).expect("write fixture file");
}

/// Findings of a `--format json` run.
pub fn findings(run: &Run) -> Vec<serde_json::Value> {
    run.json()["findings"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

pub fn notes(run: &Run) -> Vec<(String, String)> {
    run.json()["notes"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|note| {
            (
                note["path"].as_str().unwrap_or_default().to_owned(),
                note["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// A file that is reported iff it is scanned: a suppression comment without
/// a reason is itself a finding (`suppression-without-reason`), and needs
/// no engine.
pub const PROBE_PY: &str = "x = 1  # plumb: ignore\n";

pub fn finding_paths(run: &Run) -> Vec<String> {
    findings(run)
        .iter()
        .map(|finding| {
            finding["location"]["path"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}
