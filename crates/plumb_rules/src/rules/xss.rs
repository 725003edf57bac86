use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "xss",
    title: "Cross-site scripting",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[79],
    owasp: &["A03:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Cross-site scripting.
"#,
};
