use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "trust-boundary-violation",
    title: "Trust boundary violation",
    category: Category::Security,
    severity: Severity::Medium,
    cwe: &[501],
    owasp: &["A04:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Trust boundary violation.
"#,
};
