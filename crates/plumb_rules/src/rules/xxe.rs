use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "xxe",
    title: "XML external entity processing",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[611],
    owasp: &["A05:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

XML external entity processing.
"#,
};
