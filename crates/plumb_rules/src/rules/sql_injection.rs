use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "sql-injection",
    title: "SQL injection",
    category: Category::Security,
    severity: Severity::Critical,
    cwe: &[89],
    owasp: &["A03:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

SQL injection.
"#,
};
