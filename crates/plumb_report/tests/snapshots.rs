//! Each format rendered from the same small report (tests/common). Every
//! snapshot was read and judged by a person before it was accepted; review
//! changes the same way (`cargo insta review`, or INSTA_UPDATE=always and a
//! careful diff).

mod common;

use std::path::Path;

use plumb_report::text::TextOptions;
use plumb_report::{json, sarif, text, RenderInput};

fn render_all(diagnostics: &[plumb_rules::Diagnostic]) -> (String, String, String) {
    let notes = common::notes();
    let sources = common::sources();
    let input = RenderInput::new(diagnostics, &notes, common::VERSION)
        .with_sources(&sources)
        .with_root(Path::new("/home/dev/shop"));
    (
        text::render(&input, &TextOptions { color: false }),
        json::render(&input),
        sarif::render(&input),
    )
}

#[test]
fn text_report() {
    let (text, _, _) = render_all(&common::diagnostics());
    insta::assert_snapshot!("text", text);
}

#[test]
fn json_report() {
    let (_, json, _) = render_all(&common::diagnostics());
    insta::assert_snapshot!("json", json);
}

#[test]
fn sarif_report() {
    let (_, _, sarif) = render_all(&common::diagnostics());
    insta::assert_snapshot!("sarif", sarif);
}

#[test]
fn output_does_not_depend_on_input_order() {
    let diagnostics = common::diagnostics();
    let mut reversed = diagnostics.clone();
    reversed.reverse();
    assert_eq!(render_all(&diagnostics), render_all(&reversed));
}

#[test]
fn empty_report() {
    let input = RenderInput::new(&[], &[], common::VERSION);
    assert_eq!(
        text::render(&input, &TextOptions::default()),
        "no findings\n"
    );
    let json: serde_json::Value = serde_json::from_str(&json::render(&input)).expect("valid JSON");
    assert_eq!(json["findings"], serde_json::json!([]));
    assert_eq!(json["summary"]["total"], 0);
    let sarif: serde_json::Value =
        serde_json::from_str(&sarif::render(&input)).expect("valid JSON");
    assert_eq!(sarif["runs"][0]["results"], serde_json::json!([]));
    assert_eq!(
        sarif["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .map(Vec::len),
        Some(plumb_rules::registry().len())
    );
}

#[test]
fn color_only_when_asked() {
    let diagnostics = common::diagnostics();
    let notes = common::notes();
    let input = RenderInput::new(&diagnostics, &notes, common::VERSION);
    let plain = text::render(&input, &TextOptions { color: false });
    assert!(!plain.contains('\x1b'), "escape codes without color");
    let colored = text::render(&input, &TextOptions { color: true });
    assert!(
        colored.contains("\x1b[1;31mcritical\x1b[0m"),
        "critical is bold red"
    );
    assert!(
        colored.contains("\x1b[33mmedium\x1b[0m"),
        "medium is yellow"
    );
}

/// A file's text and messages derived from it are untrusted: a terminal
/// escape sequence in them must not reach the reader's terminal.
#[test]
fn text_neutralises_control_characters() {
    let mut diagnostics = common::diagnostics();
    diagnostics.truncate(1);
    diagnostics[0].message = "bad \x1b[2J value".to_string();
    let mut sources = common::sources();
    sources.insert(
        Path::new(common::UTILS).to_path_buf(),
        common::UTILS_SRC.replace("import hashlib", "import hashlib  # \x1b]0;owned\x07"),
    );
    let input = RenderInput::new(&diagnostics, &[], common::VERSION).with_sources(&sources);
    let out = text::render(&input, &TextOptions { color: false });
    assert!(!out.contains('\x1b') && !out.contains('\x07'), "{out}");
    assert!(out.contains("bad \u{FFFD}[2J value"), "{out}");
}

/// The CLI may hand a closure that reads files instead of a map.
#[test]
fn sources_from_a_closure() {
    let diagnostics = common::diagnostics();
    let lookup = |path: &Path| common::sources().get(path).cloned();
    let input = RenderInput::new(&diagnostics, &[], common::VERSION).with_sources(&lookup);
    let out = text::render(&input, &TextOptions::default());
    assert!(out.contains("st.executeQuery(sql);"), "{out}");
}
