use crate::{Category, RuleMeta, Severity};

pub static RULE: RuleMeta = RuleMeta {
    id: "ldap-injection",
    title: "LDAP injection",
    category: Category::Security,
    severity: Severity::High,
    cwe: &[90],
    owasp: &["A03:2021"],
    languages: &["java", "python"],
    docs: r#"## What it does

LDAP injection.
"#,
};
