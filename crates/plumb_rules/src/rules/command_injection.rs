use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "command-injection",
    title: "OS command injection",
    category: Category::Security,
    severity: Severity::Critical,
    cwe: &[78],
    owasp: &["A03:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

OS command injection.
"#,
};
