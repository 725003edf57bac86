use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "insecure-cookie",
    title: "Cookie without the Secure attribute",
    category: Category::Security,
    severity: Severity::Low,
    cwe: &[614],
    owasp: &["A05:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Cookie without the Secure attribute.
"#,
};
