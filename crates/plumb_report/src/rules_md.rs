//! The rule catalogue as Markdown: `docs/rules.md` is this function's
//! output, and a test fails when the committed file differs from it.

use std::fmt::Write as _;

use plumb_rules::{registry, RuleMeta};

use crate::category_name;

/// How to bring docs/rules.md up to date; printed at the top of the file
/// and by the staleness test.
pub const REGENERATE_COMMAND: &str = "UPDATE_DOCS=1 cargo test -p plumb_report --test rules_md";

/// docs/rules.md, generated from the rule registry: a table of every rule,
/// then each rule's documentation under its own heading.
pub fn rules_markdown() -> String {
    let rules = registry();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!-- Generated from the rule registry (crates/plumb_rules/src/rules/*.rs) by \
         plumb_report::rules_markdown(). Do not edit by hand: edit the rule's file, then run\n     \
         {REGENERATE_COMMAND}\n-->"
    );
    out.push_str("# plumb rules\n\n");
    let _ = writeln!(
        out,
        "{} rules. `plumb rules` lists them and `plumb explain RULE` prints one rule's \
         documentation; both read the same registry as this page.\n",
        rules.len()
    );
    out.push_str("| id | title | severity | category | CWE | OWASP |\n");
    out.push_str("| --- | --- | --- | --- | --- | --- |\n");
    for rule in rules {
        let _ = writeln!(
            out,
            "| [`{id}`](#{id}) | {title} | {severity} | {category} | {cwe} | {owasp} |",
            id = rule.id,
            title = rule.title,
            severity = rule.severity.as_str(),
            category = category_name(rule.category),
            cwe = cwe_links(rule),
            owasp = owasp_links(rule),
        );
    }
    for rule in rules {
        out.push('\n');
        let _ = writeln!(out, "## {}\n", rule.id);
        let _ = writeln!(
            out,
            "**{}** · severity {} · {} · {} · languages: {}\n",
            rule.title,
            rule.severity.as_str(),
            cwe_links(rule),
            owasp_links(rule),
            rule.languages.join(", "),
        );
        out.push_str(&demote_headings(rule.docs.trim()));
        out.push('\n');
    }
    out
}

fn cwe_links(rule: &RuleMeta) -> String {
    let links: Vec<String> = rule
        .cwe
        .iter()
        .map(|cwe| format!("[CWE-{cwe}](https://cwe.mitre.org/data/definitions/{cwe}.html)"))
        .collect();
    links.join(", ")
}

fn owasp_links(rule: &RuleMeta) -> String {
    let links: Vec<String> = rule
        .owasp
        .iter()
        .map(|id| match owasp_page(id) {
            Some(page) => format!("[{id}](https://owasp.org/Top10/{page}/)"),
            None => (*id).to_string(),
        })
        .collect();
    links.join(", ")
}

/// The OWASP Top 10 2021 category pages, by id.
fn owasp_page(id: &str) -> Option<&'static str> {
    Some(match id {
        "A01:2021" => "A01_2021-Broken_Access_Control",
        "A02:2021" => "A02_2021-Cryptographic_Failures",
        "A03:2021" => "A03_2021-Injection",
        "A04:2021" => "A04_2021-Insecure_Design",
        "A05:2021" => "A05_2021-Security_Misconfiguration",
        "A06:2021" => "A06_2021-Vulnerable_and_Outdated_Components",
        "A07:2021" => "A07_2021-Identification_and_Authentication_Failures",
        "A08:2021" => "A08_2021-Software_and_Data_Integrity_Failures",
        "A09:2021" => "A09_2021-Security_Logging_and_Monitoring_Failures",
        "A10:2021" => "A10_2021-Server-Side_Request_Forgery_%28SSRF%29",
        _ => return None,
    })
}

/// A rule's docs use `##` sections; under the rule's own `##` heading they
/// move one level down. Lines inside code fences are left alone: a Python
/// comment is not a heading.
fn demote_headings(docs: &str) -> String {
    let mut out = String::with_capacity(docs.len() + 64);
    let mut in_fence = false;
    for line in docs.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        if !in_fence && line.starts_with('#') {
            out.push('#');
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::demote_headings;

    #[test]
    fn headings_move_down_but_code_comments_do_not() {
        let docs = "## Example\n\n```python\n# a comment\n```\n\n## Use instead\n";
        assert_eq!(
            demote_headings(docs),
            "### Example\n\n```python\n# a comment\n```\n\n### Use instead\n"
        );
    }
}
