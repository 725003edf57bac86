use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "log-injection",
    title: "Log injection",
    category: Category::Security,
    severity: Severity::Low,
    cwe: &[117],
    owasp: &["A09:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Log injection.
"#,
};
