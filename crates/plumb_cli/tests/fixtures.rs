//! Runs every annotated fixture (`fixtures/<suite>/<language>/<case>/`)
//! through the real binary and compares its findings with the
//! `plumb-expect:` / `plumb-ok:` annotations. Any missed or extra finding
//! fails; the score per suite is printed either way.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Expectation {
    path: String,
    line: u32,
    rule: String,
    audit: bool,
}

#[derive(Default)]
struct Labels {
    expected: Vec<Expectation>,
    /// `(path, line, rule)` marked safe.
    safe: BTreeSet<(String, u32, String)>,
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

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|ext| {
            matches!(
                ext.to_str(),
                Some("java" | "py" | "js" | "mjs" | "cjs" | "jsx" | "ts" | "mts" | "cts" | "tsx")
            )
        }) {
            out.push(path);
        }
    }
}

fn case_dirs(root: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for suite in sorted_dirs(root) {
        let suite_name = suite
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        for language in sorted_dirs(&suite) {
            for case in sorted_dirs(&language) {
                out.push((suite_name.clone(), case));
            }
        }
    }
    out
}

fn sorted_dirs(dir: &Path) -> Vec<PathBuf> {
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
struct Finding {
    path: String,
    line: u32,
    rule: String,
    audit: bool,
}

fn scan(case: &Path) -> Vec<Finding> {
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

#[derive(Default)]
struct Score {
    expected: usize,
    found: usize,
    safe_labels: usize,
    safe_flagged: usize,
    extra: usize,
}

#[test]
fn annotated_fixtures() {
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let root = repository.join("fixtures");
    let filter = std::env::var("PLUMB_FIXTURE").ok();
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut failures: Vec<String> = Vec::new();
    // The bundled examples are annotated too: each is one case of its own suite.
    let examples = sorted_dirs(&repository.join("examples"))
        .into_iter()
        .map(|case| ("examples".to_owned(), case));
    for (suite, case) in case_dirs(&root).into_iter().chain(examples) {
        if filter
            .as_deref()
            .is_some_and(|f| !case.to_string_lossy().contains(f))
        {
            continue;
        }
        let mut labels = Labels::default();
        let mut files = Vec::new();
        source_files(&case, &mut files);
        for file in &files {
            parse_annotations(&case, file, &mut labels);
        }
        let findings = scan(&case);
        let score = scores.entry(suite.clone()).or_default();
        score.expected += labels.expected.len();
        score.safe_labels += labels.safe.len();
        let case_name = case
            .strip_prefix(&repository)
            .unwrap_or(&case)
            .display()
            .to_string();
        for expectation in &labels.expected {
            let hit = findings.iter().any(|f| {
                f.path == expectation.path
                    && f.line == expectation.line
                    && f.rule == expectation.rule
                    && f.audit == expectation.audit
            });
            if hit {
                score.found += 1;
            } else {
                failures.push(format!(
                    "missed  {case_name}/{}:{} {}{}",
                    expectation.path,
                    expectation.line,
                    expectation.rule,
                    if expectation.audit { " (audit)" } else { "" }
                ));
            }
        }
        for finding in &findings {
            let expected = labels.expected.iter().any(|e| {
                e.path == finding.path
                    && e.line == finding.line
                    && e.rule == finding.rule
                    && e.audit == finding.audit
            });
            // Audit findings are for review: only the annotated ones are checked.
            if expected || finding.audit {
                continue;
            }
            let on_safe_label =
                labels
                    .safe
                    .contains(&(finding.path.clone(), finding.line, finding.rule.clone()));
            if on_safe_label {
                score.safe_flagged += 1;
            }
            score.extra += 1;
            failures.push(format!(
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
    }
    println!("\nsuite     expected  found  missed  safe-labels  safe-flagged  extra");
    for (suite, score) in &scores {
        println!(
            "{suite:<9} {:>8}  {:>5}  {:>6}  {:>11}  {:>12}  {:>5}",
            score.expected,
            score.found,
            score.expected - score.found,
            score.safe_labels,
            score.safe_flagged,
            score.extra
        );
    }
    failures.sort();
    for failure in &failures {
        println!("{failure}");
    }
    if filter.is_some() {
        assert!(
            failures.is_empty(),
            "{} fixture mismatches (listed above)",
            failures.len()
        );
        return;
    }
    // Known gaps are listed, one mismatch a line, so that the suite guards
    // everything that passes today; a gap that closes must leave the list.
    let known_path = root.join("known-gaps.txt");
    let known_text = std::fs::read_to_string(&known_path).unwrap_or_default();
    let known: BTreeSet<&str> = known_text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let current: BTreeSet<&str> = failures.iter().map(|f| f.as_str()).collect();
    let new: Vec<&&str> = current.difference(&known).collect();
    let closed: Vec<&&str> = known.difference(&current).collect();
    for line in &closed {
        println!("closed  (remove from fixtures/known-gaps.txt): {line}");
    }
    assert!(
        new.is_empty() && closed.is_empty(),
        "{} new fixture mismatches and {} closed gaps still listed in {} (see above)",
        new.len(),
        closed.len(),
        known_path.display()
    );
}
