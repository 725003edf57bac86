//! The conformance matrix: each construct under `conformance/<construct>/`
//! is one micro-program written with the same meaning in every language
//! that has the construct (`conformance/<construct>/<language>/`), annotated
//! like the fixtures. The facts the engine must derive are checked through
//! findings: a constant through a rule that fires on it (`weak-hash` on an
//! algorithm name), taint through a sink it must or must not reach.
//!
//! Prints one table, construct × language, and keeps `docs/conformance.md`
//! in step with it (`UPDATE_DOCS=1` rewrites it). Fails on any mismatch not
//! listed in `conformance/known-gaps.txt`.

mod support;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use support::{check_known, compare, scan, sorted_dirs, Labels};

/// Column order of the matrix; a directory named otherwise is an error.
const LANGUAGES: &[&str] = &[
    "java",
    "python",
    "javascript",
    "typescript",
    "go",
    "php",
    "ruby",
    "csharp",
    "rust",
];

struct Cell {
    construct: String,
    language: String,
    dir: PathBuf,
}

/// The first line of a construct's README: what every version of it does.
fn meaning(construct: &Path) -> String {
    let readme = construct.join("README.md");
    let text = std::fs::read_to_string(&readme).unwrap_or_else(|_| {
        panic!(
            "{} is missing: say what the construct does",
            readme.display()
        )
    });
    text.lines()
        .map(|l| l.trim_start_matches('#').trim())
        .find(|l| !l.is_empty())
        .unwrap_or_default()
        .to_owned()
}

/// The languages a construct does not exist in, with the reason: lines
/// `n/a LANGUAGE: reason` of its README.
fn not_applicable(construct: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(construct.join("README.md")).unwrap_or_default();
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix("n/a ") else {
            continue;
        };
        let (language, reason) = rest.split_once(':').unwrap_or_else(|| {
            panic!(
                "{}: `{line}` should read `n/a LANGUAGE: reason`",
                construct.display()
            )
        });
        let language = language.trim();
        assert!(
            LANGUAGES.contains(&language),
            "{}: `n/a {language}` names an unknown language; expected one of {LANGUAGES:?}",
            construct.display()
        );
        assert!(
            !construct.join(language).exists(),
            "{}: marked n/a for {language} but has a {language}/ program",
            construct.display()
        );
        out.insert(language.to_owned(), reason.trim().to_owned());
    }
    out
}

#[test]
fn conformance_matrix() {
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let root = repository.join("conformance");
    let mut meanings = BTreeMap::new();
    let mut absent = BTreeMap::new();
    let mut cells = Vec::new();
    for construct in sorted_dirs(&root) {
        let name = construct
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        meanings.insert(name.clone(), meaning(&construct));
        absent.insert(name.clone(), not_applicable(&construct));
        for language in sorted_dirs(&construct) {
            let language_name = language
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            assert!(
                LANGUAGES.contains(&language_name.as_str()),
                "{}: unknown language directory; expected one of {LANGUAGES:?}",
                language.display()
            );
            cells.push(Cell {
                construct: name.clone(),
                language: language_name,
                dir: language,
            });
        }
    }
    assert!(
        !cells.is_empty(),
        "no conformance programs under {}",
        root.display()
    );

    // Each cell is its own project; scanning them in parallel keeps the
    // suite quick with a few hundred programs.
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Vec<String>)>> = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(cell) = cells.get(index) else { break };
                let labels = Labels::of_case(&cell.dir);
                assert!(
                    !labels.expected.is_empty() || !labels.safe.is_empty(),
                    "{}: a conformance program needs at least one annotation",
                    cell.dir.display()
                );
                let name = format!("conformance/{}/{}", cell.construct, cell.language);
                let comparison = compare(&name, &labels, &scan(&cell.dir));
                results
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push((index, comparison.mismatches));
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|p| p.into_inner());
    results.sort_by_key(|(index, _)| *index);

    let mut status: BTreeMap<(&str, &str), bool> = BTreeMap::new();
    let mut mismatches = Vec::new();
    for (index, found) in &results {
        let cell = &cells[*index];
        status.insert((&cell.construct, &cell.language), found.is_empty());
        mismatches.extend(found.iter().cloned());
    }
    let table = render(&meanings, &absent, &status);
    println!("\n{table}");
    mismatches.sort();
    for mismatch in &mismatches {
        println!("{mismatch}");
    }

    let doc_path = repository.join("docs/conformance.md");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&doc_path, &table).expect("write docs/conformance.md");
    } else {
        let current = std::fs::read_to_string(&doc_path).unwrap_or_default();
        assert!(
            current == table,
            "{} is stale: run `UPDATE_DOCS=1 cargo test -p plumb_cli --test conformance`",
            doc_path.display()
        );
    }
    check_known(&mismatches, &root.join("known-gaps.txt"));
}

/// The matrix as markdown: one row per construct, one column per language,
/// then the reasons for the `n/a` cells.
fn render(
    meanings: &BTreeMap<String, String>,
    absent: &BTreeMap<String, BTreeMap<String, String>>,
    status: &BTreeMap<(&str, &str), bool>,
) -> String {
    let columns: Vec<&str> = LANGUAGES.to_vec();
    let mut out = String::new();
    out.push_str("# Conformance matrix\n\n");
    out.push_str(
        "Generated by `cargo test -p plumb_cli --test conformance` from the programs in\n\
         `conformance/` (see its README). `pass`: every annotation holds; `FAIL`: a\n\
         mismatch, listed in `conformance/known-gaps.txt`; `n/a`: the language has no\n\
         such construct (the reasons follow the table); blank: not written yet.\n\n",
    );
    let mut totals: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let _ = write!(out, "| construct | meaning |");
    for column in &columns {
        let _ = write!(out, " {column} |");
    }
    out.push_str("\n|---|---|");
    for _ in &columns {
        out.push_str("---|");
    }
    out.push('\n');
    for (construct, meaning) in meanings {
        let _ = write!(out, "| {construct} | {meaning} |");
        for column in &columns {
            let cell = match status.get(&(construct.as_str(), *column)) {
                Some(true) => {
                    totals.entry(column).or_default().0 += 1;
                    "pass"
                }
                Some(false) => {
                    totals.entry(column).or_default().1 += 1;
                    "FAIL"
                }
                None if absent[construct].contains_key(*column) => "n/a",
                None => "",
            };
            let _ = write!(out, " {cell} |");
        }
        out.push('\n');
    }
    let _ = write!(out, "| **total** | passed / written |");
    for column in &columns {
        let (passed, failed) = totals.get(column).copied().unwrap_or_default();
        let _ = write!(out, " {passed}/{} |", passed + failed);
    }
    out.push('\n');
    if absent.values().any(|languages| !languages.is_empty()) {
        out.push_str("\n## Not applicable\n\n");
        for (construct, languages) in absent {
            for (language, reason) in languages {
                let _ = writeln!(out, "- {construct}, {language}: {reason}");
            }
        }
    }
    out
}
