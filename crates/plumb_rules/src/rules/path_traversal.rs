use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "path-traversal",
    title: "Path traversal",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[22],
    owasp: &["A01:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Path traversal.
"#,
};
