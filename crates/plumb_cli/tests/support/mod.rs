//! What the annotated-program tests share: reading `plumb-expect:` /
//! `plumb-ok:` annotations, scanning a directory with the real binary, and
//! comparing the two. `fixtures.rs` and `conformance.rs` differ only in how
//! they lay out their cases and report their scores.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Extensions of every language plumb reads, so that a case in a language
/// added later is checked without touching the tests.
const SOURCE_EXTENSIONS: &[&str] = &[
    "java", "py", "js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts", "go", "php", "rb", "cs",
    "rs",
];

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Expectation {
    pub path: String,
    pub line: u32,
    pub rule: String,
    pub audit: bool,
}

#[derive(Default)]
pub struct Labels {
    pub expected: Vec<Expectation>,
    /// `(path, line, rule)` marked safe.
    pub safe: BTreeSet<(String, u32, String)>,
}

impl Labels {
    /// The annotations of every source file under `case`.
    pub fn of_case(case: &Path) -> Labels {
        let mut labels = Labels::default();
        let mut files = Vec::new();
        source_files(case, &mut files);
        files.sort();
        for file in &files {
            parse_annotations(case, file, &mut labels);
        }
        labels
    }
}

fn comment_text(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    ["//", "#", "/*", "*"]
        .iter()
        .find_map(|marker| trimmed.strip_prefix(marker))
}

fn is_code(line: &str) -> bool {
    let trimmed = line.trim();
    !trimmed.is_empty() && comment_text(line).is_none()
}

fn parse_annotations(root: &Path, file: &Path, labels: &mut Labels) {
    let Ok(text) = std::fs::read_to_string(file) else {
        return;
    };
    let relative = file
        .strip_prefix(root)
        .unwrap_or(file)
        .to_string_lossy()
        .replace('\\', "/");
    let lines: Vec<&str> = text.lines().collect();
    for (index, line) in lines.iter().enumerate() {
        let Some(comment) = line
            .find("plumb-expect:")
            .or_else(|| line.find("plumb-ok:"))
        else {
            continue;
        };
        let annotation = &line[comment..];
        let (kind, rest) = annotation.split_once(':').unwrap_or((annotation, ""));
        let target = lines[index + 1..]
            .iter()
            .position(|l| is_code(l))
            .map(|offset| (index + 1 + offset + 1) as u32);
        let Some(target) = target else { continue };
        for item in rest.split(',') {
            let mut words = item.split_whitespace();
            let Some(rule) = words.next() else { continue };
            let audit = words.next() == Some("audit");
            if kind == "plumb-expect" {
                labels.expected.push(Expectation {
                    path: relative.clone(),
                    line: target,
                    rule: rule.to_owned(),
                    audit,
                });
            } else {
                labels
                    .safe
                    .insert((relative.clone(), target, rule.to_owned()));
            }
        }
    }
}

pub fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path
            .extension()
            .and_then(|ext| ext.to_str())
            .is_some_and(|ext| SOURCE_EXTENSIONS.contains(&ext))
        {
            out.push(path);
        }
    }
}

pub fn sorted_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

#[derive(Debug)]
pub struct Finding {
    pub path: String,
    pub line: u32,
    pub rule: String,
    pub audit: bool,
}

/// Findings of both tiers for `case`, scanned as a project of its own.
pub fn scan(case: &Path) -> Vec<Finding> {
    let output = Command::new(env!("CARGO_BIN_EXE_plumb"))
        .args(["scan", "--format", "json", "--confidence", "audit"])
        .arg(case)
        .output()
        .expect("run plumb");
    let code = output.status.code().unwrap_or(-1);
    assert!(
        code == 0 || code == 1,
        "plumb scan {} exited {code}: {}",
        case.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
            panic!(
                "plumb scan {}: invalid JSON ({error}): {}",
                case.display(),
                String::from_utf8_lossy(&output.stdout)
            )
        });
    report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| Finding {
            path: f["location"]["path"].as_str().unwrap_or("").to_owned(),
            line: f["location"]["start_line"].as_u64().unwrap_or(0) as u32,
            rule: f["rule"].as_str().unwrap_or("").to_owned(),
            audit: f["confidence"].as_str() == Some("audit"),
        })
        .collect()
}

/// How one case's findings compare with its annotations.
#[derive(Default)]
pub struct Comparison {
    pub expected: usize,
    pub found: usize,
    pub safe_labels: usize,
    pub safe_flagged: usize,
    pub extra: usize,
    /// One line per mismatch, `missed  NAME/path:line rule` or
    /// `extra   NAME/path:line rule`.
    pub mismatches: Vec<String>,
}

/// Compares `findings` with `labels`; mismatches are named after `case_name`.
/// Audit findings are for review: only the annotated ones are checked.
pub fn compare(case_name: &str, labels: &Labels, findings: &[Finding]) -> Comparison {
    let mut out = Comparison {
        expected: labels.expected.len(),
        safe_labels: labels.safe.len(),
        ..Comparison::default()
    };
    for expectation in &labels.expected {
        let hit = findings.iter().any(|f| {
            f.path == expectation.path
                && f.line == expectation.line
                && f.rule == expectation.rule
                && f.audit == expectation.audit
        });
        if hit {
            out.found += 1;
        } else {
            out.mismatches.push(format!(
                "missed  {case_name}/{}:{} {}{}",
                expectation.path,
                expectation.line,
                expectation.rule,
                if expectation.audit { " (audit)" } else { "" }
            ));
        }
    }
    for finding in findings {
        let expected = labels.expected.iter().any(|e| {
            e.path == finding.path
                && e.line == finding.line
                && e.rule == finding.rule
                && e.audit == finding.audit
        });
        if expected || finding.audit {
            continue;
        }
        let on_safe_label =
            labels
                .safe
                .contains(&(finding.path.clone(), finding.line, finding.rule.clone()));
        if on_safe_label {
            out.safe_flagged += 1;
        }
        out.extra += 1;
        out.mismatches.push(format!(
            "extra   {case_name}/{}:{} {}{}",
            finding.path,
            finding.line,
            finding.rule,
            if on_safe_label {
                " (on a plumb-ok line)"
            } else {
                ""
            }
        ));
    }
    out
}

/// Checks `current` mismatches against the list in `known_path`: any new
/// mismatch fails, and so does a listed one that no longer occurs, so the
/// list only shrinks.
pub fn check_known(current: &[String], known_path: &Path) {
    let known_text = std::fs::read_to_string(known_path).unwrap_or_default();
    let known: BTreeSet<&str> = known_text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let current: BTreeSet<&str> = current.iter().map(|f| f.as_str()).collect();
    let new: Vec<&&str> = current.difference(&known).collect();
    let closed: Vec<&&str> = known.difference(&current).collect();
    for line in &closed {
        println!("closed  (remove from {}): {line}", known_path.display());
    }
    assert!(
        new.is_empty() && closed.is_empty(),
        "{} new mismatches and {} closed gaps still listed in {} (see above)",
        new.len(),
        closed.len(),
        known_path.display()
    );
}
