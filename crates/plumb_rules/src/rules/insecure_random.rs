use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "insecure-random",
    title: "Predictable random value used as a secret",
    category: Category::Security,
    severity: Severity::Medium,
    cwe: &[330],
    owasp: &["A02:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

Predictable random value used as a secret.
"#,
};
