use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "unsafe-deserialization",
    title: "Unsafe deserialization",
    category: Category::Security,
    severity: Severity::Critical,
    cwe: &[502],
    owasp: &["A08:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Unsafe deserialization.
"#,
};
