use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "open-redirect",
    title: "Open redirect",
    category: Category::Security,
    severity: Severity::Medium,
    cwe: &[601],
    owasp: &["A01:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Open redirect.
"#,
};
