//! Every rule's documentation has the shape `plumb explain`, SARIF help and
//! docs/rules.md rely on.

use plumb_rules::registry;

/// In this order, each exactly once.
const SECTIONS: [&str; 5] = [
    "## What it does",
    "## Why is this bad?",
    "## Example",
    "## Use instead",
    "## References",
];

#[test]
fn every_rule_has_the_five_sections_in_order() {
    for rule in registry() {
        let mut last = 0;
        for section in SECTIONS {
            let heading = format!("{section}\n");
            let found: Vec<_> = rule.docs.match_indices(&heading).collect();
            assert_eq!(
                found.len(),
                1,
                "{}: `{section}` must appear exactly once",
                rule.id
            );
            let at = found[0].0;
            assert!(at >= last, "{}: `{section}` is out of order", rule.id);
            last = at;
        }
        assert!(
            rule.docs.starts_with("## What it does"),
            "{}: docs must open with `## What it does`",
            rule.id
        );
    }
}

#[test]
fn every_rule_has_a_summary() {
    for rule in registry() {
        let summary = rule.summary();
        assert!(!summary.is_empty(), "{}: empty summary", rule.id);
        assert!(
            !summary.starts_with('#'),
            "{}: summary is a heading",
            rule.id
        );
        // A one-sentence placeholder is not documentation.
        assert!(
            summary.len() > 80,
            "{}: summary too short: {summary:?}",
            rule.id
        );
    }
}

#[test]
fn docs_are_between_40_and_90_lines() {
    for rule in registry() {
        let lines = rule.docs.lines().count();
        assert!(
            (40..=90).contains(&lines),
            "{}: {lines} lines of docs",
            rule.id
        );
    }
}

#[test]
fn examples_show_java_and_python_before_and_after() {
    for rule in registry() {
        for (from, to) in [
            ("## Example", "## Use instead"),
            ("## Use instead", "## References"),
        ] {
            let section = between(rule.docs, from, to);
            for language in rule.languages {
                assert!(
                    section.contains(&format!("```{language}\n")),
                    "{}: `{from}` has no {language} snippet",
                    rule.id
                );
            }
        }
        let fences = rule
            .docs
            .lines()
            .filter(|line| line.starts_with("```"))
            .count();
        assert_eq!(fences % 2, 0, "{}: unbalanced code fence", rule.id);
    }
}

#[test]
fn references_link_cwe_owasp_and_a_cheat_sheet() {
    for rule in registry() {
        let references = between(rule.docs, "## References", "\u{0}");
        for cwe in rule.cwe {
            let link = format!("https://cwe.mitre.org/data/definitions/{cwe}.html");
            assert!(
                references.contains(&link),
                "{}: no link to CWE-{cwe}",
                rule.id
            );
        }
        for owasp in rule.owasp {
            // `A03:2021` is the page `A03_2021-...`.
            let page = format!("https://owasp.org/Top10/{}", owasp.replace(':', "_"));
            assert!(
                references.contains(&page),
                "{}: no link to OWASP {owasp}",
                rule.id
            );
        }
        assert!(
            references.contains("https://cheatsheetseries.owasp.org/cheatsheets/"),
            "{}: no OWASP Cheat Sheet link",
            rule.id
        );
    }
}

/// The text after the heading `from` up to `to` (or the end).
fn between<'a>(docs: &'a str, from: &str, to: &str) -> &'a str {
    let start = docs.find(from).map_or(docs.len(), |at| at + from.len());
    let rest = &docs[start..];
    rest.find(to).map_or(rest, |end| &rest[..end])
}
