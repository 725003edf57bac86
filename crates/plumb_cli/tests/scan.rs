//! `plumb scan` end to end: formats, exit codes, filters, suppressions,
//! excludes, test-code marking, baselines and `--diff`.
//!
//! The probe (a suppression comment without a reason, which is itself an
//! info finding) shows whether a file was scanned without depending on the
//! engine; the tests with a real SQL injection exercise the whole pipeline.

mod common;

use std::path::Path;
use std::process::Command;

use common::{finding_paths, findings, plumb, plumb_with_env, write, PROBE_PY};

const FLASK_SQL_INJECTION: &str = r#"import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/users")
def users():
    name = request.args.get("name")
    conn = sqlite3.connect("app.db")
    cursor = conn.cursor()
    cursor.execute("SELECT * FROM users WHERE name = '" + name + "'")
    return str(cursor.fetchall())
"#;

const SERVLET_SQL_INJECTION: &str = r#"package com.acme;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class UserServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String name = request.getParameter("name");
        Connection connection = DriverManager.getConnection("jdbc:h2:mem:app");
        Statement statement = connection.createStatement();
        statement.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
    }
}
"#;

fn vulnerable_project(root: &Path) {
    write(root, "app/views.py", FLASK_SQL_INJECTION);
    write(
        root,
        "src/main/java/com/acme/UserServlet.java",
        SERVLET_SQL_INJECTION,
    );
}

fn rules_of(run: &common::Run) -> Vec<String> {
    findings(run)
        .iter()
        .map(|finding| finding["rule"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn json_and_sarif_parse() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "probe.py", PROBE_PY);
    write(tmp.path(), "binary.py", b"\0");
    let run = plumb(tmp.path(), &["scan", "--format", "json"]);
    run.assert_code(1);
    let report = run.json();
    assert_eq!(report["version"], 1);
    let found = findings(&run);
    assert_eq!(found.len(), 1, "{}", run.stdout);
    assert_eq!(found[0]["rule"], "suppression-without-reason");
    assert_eq!(found[0]["severity"], "info");
    assert_eq!(found[0]["location"]["path"], "probe.py");
    assert_eq!(found[0]["location"]["start_line"], 1);
    assert_eq!(found[0]["snippet"], "x = 1 # plumb: ignore");
    assert!(found[0]["fingerprint"]
        .as_str()
        .is_some_and(|fp| fp.len() == 16));
    assert!(report["notes"]
        .as_array()
        .is_some_and(|notes| !notes.is_empty()));

    let run = plumb(tmp.path(), &["scan", "--format", "sarif"]);
    run.assert_code(1);
    let sarif = run.json();
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(sarif["runs"][0]["tool"]["driver"]["name"], "plumb");
}

#[test]
fn exit_codes_follow_fail_on() {
    let tmp = tempfile::tempdir().unwrap();
    plumb(tmp.path(), &["scan"]).assert_code(0);
    write(tmp.path(), "probe.py", PROBE_PY);
    // Without --fail-on any finding fails; the probe is `info`.
    plumb(tmp.path(), &["scan"]).assert_code(1);
    plumb(tmp.path(), &["scan", "--fail-on", "info"]).assert_code(1);
    plumb(tmp.path(), &["scan", "--fail-on", "low"]).assert_code(0);
    plumb(tmp.path(), &["scan", "--fail-on", "none"]).assert_code(0);
}

#[test]
fn select_and_ignore_filter_rules() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "probe.py", PROBE_PY);
    plumb(tmp.path(), &["scan", "--select", "sql-injection,xss"]).assert_code(0);
    plumb(
        tmp.path(),
        &["scan", "--ignore", "suppression-without-reason"],
    )
    .assert_code(0);
    plumb(
        tmp.path(),
        &[
            "scan",
            "--select",
            "sql-injection, suppression-without-reason",
        ],
    )
    .assert_code(1);
    let run = plumb(tmp.path(), &["scan", "--ignore", "no-such-rule"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("--ignore: unknown rule `no-such-rule`"),
        "{}",
        run.stderr
    );
}

#[test]
fn vendored_ignored_and_excluded_trees_are_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    for path in [
        "app/probe.py",
        "node_modules/pkg/probe.py",
        ".venv/lib/probe.py",
        "build/generated/probe.py",
        "ignored/probe.py",
        "legacy/old/probe.py",
        "app/probe_gen.py",
    ] {
        write(root, path, PROBE_PY);
    }
    write(root, ".gitignore", "ignored/\n");
    let run = plumb(
        root,
        &[
            "scan",
            "--format",
            "json",
            "--exclude",
            "legacy/**",
            "--exclude",
            "*_gen.py",
        ],
    );
    assert_eq!(finding_paths(&run), ["app/probe.py"], "{}", run.stdout);
    // A vendored directory named explicitly is scanned.
    let run = plumb(root, &["scan", "--format", "json", "node_modules"]);
    assert_eq!(finding_paths(&run), ["pkg/probe.py"], "{}", run.stdout);
}

#[test]
fn paths_are_relative_to_the_scan_root() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "project/app/probe.py", PROBE_PY);
    let run = plumb(tmp.path(), &["scan", "--format", "json", "project"]);
    assert_eq!(finding_paths(&run), ["app/probe.py"]);
    let run = plumb(
        tmp.path(),
        &["scan", "--format", "json", "project/app/probe.py"],
    );
    assert_eq!(finding_paths(&run), ["probe.py"]);
}

#[test]
fn test_code_is_marked_not_dropped() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "app/probe.py", PROBE_PY);
    write(tmp.path(), "tests/test_probe.py", PROBE_PY);
    let run = plumb(tmp.path(), &["scan", "--format", "json"]);
    let marks: Vec<(String, bool)> = findings(&run)
        .iter()
        .map(|finding| {
            (
                finding["location"]["path"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                finding["in_test_code"].as_bool().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        marks,
        [
            ("app/probe.py".to_owned(), false),
            ("tests/test_probe.py".to_owned(), true)
        ]
    );
}

#[test]
fn a_suppression_with_a_reason_is_not_reported() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "a.py",
        "x = 1  # plumb: ignore[sql-injection] constant query\n",
    );
    write(
        tmp.path(),
        "B.java",
        "class B {\n  // plumb: ignore[xss] escaped by the template\n}\n",
    );
    let run = plumb(tmp.path(), &["scan", "--format", "json"]);
    run.assert_code(0);
    assert!(findings(&run).is_empty(), "{}", run.stdout);
}

#[test]
fn a_suppression_naming_an_unknown_rule_is_noted() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        "a.py",
        "x = 1  # plumb: ignore[sqli] constant query\n",
    );
    let run = plumb(tmp.path(), &["scan"]);
    run.assert_code(0);
    assert!(
        run.stderr
            .contains("a.py: line 1: `plumb: ignore[sqli]` names an unknown rule"),
        "{}",
        run.stderr
    );
}

#[test]
fn output_file_and_no_color() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "probe.py", PROBE_PY);
    let run = plumb(
        tmp.path(),
        &["scan", "--format", "json", "--output", "report.json"],
    );
    run.assert_code(1);
    assert!(run.stdout.is_empty());
    let text = std::fs::read_to_string(tmp.path().join("report.json")).unwrap();
    let report: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(report["findings"].as_array().map(Vec::len), Some(1));

    // Piped output is never coloured, NO_COLOR or not.
    let run = plumb_with_env(tmp.path(), &["scan"], &[("NO_COLOR", "1")]);
    assert!(!run.stdout.contains('\u{1b}'));
    let run = plumb(tmp.path(), &["scan", "--no-color"]);
    assert!(!run.stdout.contains('\u{1b}'));
    assert!(run.stdout.contains("probe.py"));
}

#[test]
fn stats_go_to_stderr() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "probe.py", PROBE_PY);
    write(
        tmp.path(),
        "application.yml",
        "spring:\n  datasource:\n    password: secret\n",
    );
    let run = plumb(tmp.path(), &["scan", "--stats", "--format", "json"]);
    run.json();
    assert!(run.stderr.contains("plumb stats"), "{}", run.stderr);
    assert!(run.stderr.contains("python"), "{}", run.stderr);
    assert!(run.stderr.contains("config"), "{}", run.stderr);
    assert!(run.stderr.contains("1 reported"), "{}", run.stderr);
}

#[test]
fn a_corrupt_baseline_is_an_error_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "baseline.json", "{ not json");
    let run = plumb(tmp.path(), &["scan", "--baseline", "baseline.json"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("baseline baseline.json"),
        "{}",
        run.stderr
    );
    write(
        tmp.path(),
        "baseline.json",
        r#"{"version": 7, "findings": []}"#,
    );
    let run = plumb(tmp.path(), &["scan", "--baseline", "baseline.json"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("unsupported baseline version 7"),
        "{}",
        run.stderr
    );
}

#[test]
fn baseline_round_trip_with_the_probe() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "probe.py", PROBE_PY);
    let run = plumb(tmp.path(), &["scan", "--write-baseline", "baseline.json"]);
    run.assert_code(0);
    let baseline: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(tmp.path().join("baseline.json")).unwrap())
            .unwrap();
    assert_eq!(baseline["version"], 1);
    assert_eq!(
        baseline["findings"][0]["rule"],
        "suppression-without-reason"
    );
    assert_eq!(baseline["findings"][0]["path"], "probe.py");
    let run = plumb(
        tmp.path(),
        &["scan", "--format", "json", "--baseline", "baseline.json"],
    );
    run.assert_code(0);
    assert!(findings(&run).is_empty());
    // A line move does not revive it: fingerprints ignore line numbers.
    write(tmp.path(), "probe.py", format!("\n\n{PROBE_PY}"));
    plumb(tmp.path(), &["scan", "--baseline", "baseline.json"]).assert_code(0);
}

#[test]
fn baseline_round_trip_with_a_real_finding() {
    let tmp = tempfile::tempdir().unwrap();
    vulnerable_project(tmp.path());
    let run = plumb(tmp.path(), &["scan", "--format", "json"]);
    run.assert_code(1);
    assert!(
        rules_of(&run).iter().any(|rule| rule == "sql-injection"),
        "{}",
        run.stdout
    );
    plumb(tmp.path(), &["scan", "--write-baseline", "baseline.json"]).assert_code(0);
    let run = plumb(
        tmp.path(),
        &["scan", "--format", "json", "--baseline", "baseline.json"],
    );
    run.assert_code(0);
    assert!(findings(&run).is_empty(), "{}", run.stdout);
}

#[test]
fn an_inline_suppression_drops_a_real_finding() {
    let tmp = tempfile::tempdir().unwrap();
    let suppressed = FLASK_SQL_INJECTION.replace(
        "    cursor.execute(",
        "    # plumb: ignore[sql-injection] the users table is a public demo\n    cursor.execute(",
    );
    write(tmp.path(), "app/views.py", suppressed);
    let run = plumb(tmp.path(), &["scan", "--format", "json", "--stats"]);
    run.assert_code(0);
    assert!(findings(&run).is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("1 suppressed"), "{}", run.stderr);
}

fn git(dir: &Path, args: &[&str]) -> bool {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "user.name=plumb",
            "-c",
            "user.email=plumb@example.com",
        ])
        .args(args)
        .output()
        .is_ok_and(|output| output.status.success())
}

fn git_repo(root: &Path) -> bool {
    git(root, &["init", "-q"])
}

fn commit_all(root: &Path) {
    assert!(git(root, &["add", "-A"]));
    assert!(git(root, &["commit", "-q", "-m", "snapshot"]));
}

#[test]
fn diff_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let run = plumb(tmp.path(), &["scan", "--diff", "HEAD"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("not inside a git repository"),
        "{}",
        run.stderr
    );
    if !git_repo(tmp.path()) {
        return;
    }
    write(tmp.path(), "probe.py", PROBE_PY);
    commit_all(tmp.path());
    let run = plumb(tmp.path(), &["scan", "--diff", "no-such-rev"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("--diff no-such-rev: unknown revision"),
        "{}",
        run.stderr
    );
}

#[test]
fn diff_reports_only_new_findings() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    if !git_repo(root) {
        return;
    }
    write(root, "app/old.py", PROBE_PY);
    commit_all(root);
    plumb(root, &["scan", "--diff", "HEAD"]).assert_code(0);
    write(root, "app/new.py", PROBE_PY);
    let run = plumb(root, &["scan", "--format", "json", "--diff", "HEAD"]);
    run.assert_code(1);
    assert_eq!(finding_paths(&run), ["app/new.py"]);
    // Scanning a subdirectory maps onto the same place in the revision.
    let run = plumb(root, &["scan", "--format", "json", "--diff", "HEAD", "app"]);
    assert_eq!(finding_paths(&run), ["new.py"]);
}

#[test]
fn diff_counts_a_flow_whose_source_changed_as_new() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    if !git_repo(root) {
        return;
    }
    write(root, "app/views.py", FLASK_SQL_INJECTION);
    commit_all(root);
    let run = plumb(root, &["scan", "--format", "json", "--diff", "HEAD"]);
    run.assert_code(0);
    // Same sink line, different source: a new flow.
    write(
        root,
        "app/views.py",
        FLASK_SQL_INJECTION.replace("request.args.get(\"name\")", "request.form.get(\"name\")"),
    );
    let run = plumb(root, &["scan", "--format", "json", "--diff", "HEAD"]);
    run.assert_code(1);
    assert_eq!(rules_of(&run), ["sql-injection"], "{}", run.stdout);
}

#[test]
fn debug_ir_and_taint_run() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "app/views.py", FLASK_SQL_INJECTION);
    let run = plumb(tmp.path(), &["debug", "taint", "app/views.py:13"]);
    run.assert_code(0);
    assert!(run.stdout.starts_with("app/views.py:13"), "{}", run.stdout);
    let run = plumb(tmp.path(), &["debug", "taint", "app/views.py:x"]);
    run.assert_code(2);
    let run = plumb(tmp.path(), &["debug", "ir", "README.md"]);
    run.assert_code(2);
}

#[test]
fn debug_ir_prints_the_module() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "app/__init__.py", "");
    write(tmp.path(), "app/views.py", FLASK_SQL_INJECTION);
    let run = plumb(tmp.path(), &["debug", "ir", "app/views.py"]);
    run.assert_code(0);
    assert!(
        run.stdout.starts_with("module app/views.py (python)"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("app.views"), "{}", run.stdout);
}
