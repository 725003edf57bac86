//! docs/rules.md is generated from the registry; this test fails when the
//! committed file is stale, and rewrites it when UPDATE_DOCS=1 is set.

use std::path::Path;

#[test]
fn docs_rules_md_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    let expected = plumb_report::rules_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some_and(|value| value == "1") {
        std::fs::write(&path, &expected).expect("write docs/rules.md");
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    // Compare without a platform's line endings getting in the way.
    assert!(
        actual.replace("\r\n", "\n") == expected,
        "docs/rules.md is stale; regenerate it with:\n    {}",
        plumb_report::REGENERATE_COMMAND
    );
}

#[test]
fn every_rule_is_in_the_table_and_has_a_section() {
    let markdown = plumb_report::rules_markdown();
    for rule in plumb_rules::registry() {
        assert!(
            markdown.contains(&format!("| [`{0}`](#{0}) |", rule.id)),
            "{} not in the table",
            rule.id
        );
        assert!(
            markdown.contains(&format!("\n## {}\n", rule.id)),
            "{} has no section",
            rule.id
        );
    }
    assert!(
        markdown.contains("### What it does"),
        "rule sections are demoted under the rule heading"
    );
}
