use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        }
    }

    pub fn parse(text: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// SARIF `security-severity`, as GitHub code scanning reads it.
    pub fn security_severity(self) -> &'static str {
        match self {
            Severity::Critical => "9.5",
            Severity::High => "8.0",
            Severity::Medium => "5.5",
            Severity::Low => "2.5",
            Severity::Info => "0.5",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Security,
    Performance,
    Reliability,
    Architecture,
    Database,
}

/// Everything that is said about a rule, declared once in the rule's file.
#[derive(Debug, Serialize)]
pub struct RuleMeta {
    /// Stable kebab-case id: `sql-injection`.
    pub id: &'static str,
    /// One line: "SQL injection".
    pub title: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub cwe: &'static [u32],
    /// OWASP Top 10 2021 ids: `A03:2021`.
    pub owasp: &'static [&'static str],
    pub languages: &'static [&'static str],
    /// Markdown with the sections What it does / Why is this bad? / Example /
    /// Use instead / References.
    pub docs: &'static str,
}

impl RuleMeta {
    /// The first paragraph of "What it does", for one-line listings.
    pub fn summary(&self) -> &'static str {
        let body = self
            .docs
            .split_once("## What it does")
            .map_or(self.docs, |(_, rest)| rest);
        body.trim_start().split("\n\n").next().unwrap_or("").trim()
    }
}

pub fn registry() -> &'static [&'static RuleMeta] {
    crate::rules::ALL
}

pub fn rule(id: &str) -> Option<&'static RuleMeta> {
    registry().iter().copied().find(|rule| rule.id == id)
}
