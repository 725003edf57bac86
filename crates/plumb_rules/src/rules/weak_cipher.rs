use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "weak-cipher",
    title: "Weak cipher or mode",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[327],
    owasp: &["A02:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Weak cipher or mode.
"#,
};
