use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "hardcoded-secret",
    title: "Hard-coded secret",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[798],
    owasp: &["A07:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Hard-coded secret.
"#,
};
