use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "template-injection",
    title: "Server-side template injection",
    category: Category::Security,
    severity: Severity::Critical,
    cwe: &[1336],
    owasp: &["A03:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Server-side template injection.
"#,
};
