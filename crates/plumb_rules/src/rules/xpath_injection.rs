use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "xpath-injection",
    title: "XPath injection",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[643],
    owasp: &["A03:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

XPath injection.
"#,
};
