//! Runs every annotated fixture (`fixtures/<suite>/<language>/<case>/`)
//! through the real binary and compares its findings with the
//! `plumb-expect:` / `plumb-ok:` annotations. Any missed or extra finding
//! fails; the score per suite is printed either way.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use support::{check_known, compare, scan, sorted_dirs, Labels};

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
        let labels = Labels::of_case(&case);
        let case_name = case
            .strip_prefix(&repository)
            .unwrap_or(&case)
            .display()
            .to_string();
        let comparison = compare(&case_name, &labels, &scan(&case));
        let score = scores.entry(suite).or_default();
        score.expected += comparison.expected;
        score.found += comparison.found;
        score.safe_labels += comparison.safe_labels;
        score.safe_flagged += comparison.safe_flagged;
        score.extra += comparison.extra;
        failures.extend(comparison.mismatches);
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
    check_known(&failures, &root.join("known-gaps.txt"));
}
