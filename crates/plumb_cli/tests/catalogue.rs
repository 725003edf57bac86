//! `plumb rules` and `plumb explain`.

mod common;

use common::plumb;

#[test]
fn rules_lists_the_catalogue() {
    let tmp = tempfile::tempdir().unwrap();
    let run = plumb(tmp.path(), &["rules"]);
    run.assert_code(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines.len() > 20, "{}", run.stdout);
    assert!(lines[0].starts_with("ID"), "{}", lines[0]);
    assert!(run.stdout.contains("sql-injection"));
    assert!(run.stdout.contains("CWE-89"));

    let run = plumb(tmp.path(), &["rules", "--format", "json"]);
    run.assert_code(0);
    let rules = run.json();
    let rules = rules.as_array().expect("a JSON array of rules");
    assert!(rules.len() >= 20);
    assert!(rules.iter().any(|rule| rule["id"] == "sql-injection"));

    let run = plumb(tmp.path(), &["rules", "--format", "markdown"]);
    run.assert_code(0);
    assert!(run.stdout.contains("| id |"), "{}", run.stdout);
}

#[test]
fn explain_prints_the_rule_docs() {
    let tmp = tempfile::tempdir().unwrap();
    let run = plumb(tmp.path(), &["explain", "sql-injection"]);
    run.assert_code(0);
    assert!(run.stdout.contains("sql-injection"), "{}", run.stdout);
    assert!(run.stdout.contains("CWE-89"), "{}", run.stdout);
    assert!(run.stdout.contains("## What it does"), "{}", run.stdout);
}

#[test]
fn explain_an_unknown_rule_suggests_close_ids() {
    let tmp = tempfile::tempdir().unwrap();
    let run = plumb(tmp.path(), &["explain", "sql-injections"]);
    run.assert_code(2);
    assert!(
        run.stderr.contains("unknown rule `sql-injections`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("sql-injection"), "{}", run.stderr);
    let run = plumb(tmp.path(), &["explain", "zzzz"]);
    run.assert_code(2);
    assert!(run.stderr.contains("known rules"), "{}", run.stderr);
}
