use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "weak-hash",
    title: "Weak hash algorithm",
    category: Category::Security,
    severity: Severity::Medium,
    cwe: &[328],
    owasp: &["A02:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Weak hash algorithm.
"#,
};
