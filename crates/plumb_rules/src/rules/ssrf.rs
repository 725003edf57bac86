use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "ssrf",
    title: "Server-side request forgery",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[918],
    owasp: &["A10:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Server-side request forgery.
"#,
};
