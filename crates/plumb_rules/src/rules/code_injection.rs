use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "code-injection",
    title: "Code injection",
    category: Category::Security,
    severity: Severity::Critical,
    cwe: &[94],
    owasp: &["A03:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Code injection.
"#,
};
