use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "header-injection",
    title: "HTTP header injection",
    category: Category::Security,
    severity: Severity::Medium,
    cwe: &[113],
    owasp: &["A03:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

HTTP header injection.
"#,
};
