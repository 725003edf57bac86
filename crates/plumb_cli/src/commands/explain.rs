//! `plumb explain RULE`: one rule's documentation from the registry.

use clap::Args;

use super::rules::{category_name, cwe_list};
use super::Status;

#[derive(Args)]
pub struct ExplainArgs {
    /// Rule id, as `plumb rules` lists it (e.g. sql-injection).
    rule: String,
}

pub fn run(args: ExplainArgs) -> anyhow::Result<Status> {
    let Some(rule) = plumb_rules::rule(&args.rule) else {
        let close = plumb_scan::similar_rule_ids(&args.rule);
        let suggestion = if close.is_empty() {
            let all: Vec<&str> = plumb_rules::registry().iter().map(|rule| rule.id).collect();
            format!("known rules: {}", all.join(", "))
        } else {
            format!("did you mean: {}?", close.join(", "))
        };
        anyhow::bail!("unknown rule `{}`; {suggestion}", args.rule);
    };
    println!("{} ({})", rule.title, rule.id);
    println!();
    println!("severity:   {}", rule.severity.as_str());
    println!("category:   {}", category_name(rule.category));
    println!("CWE:        {}", cwe_list(rule.cwe));
    if !rule.owasp.is_empty() {
        println!("OWASP:      {}", rule.owasp.join(", "));
    }
    println!("languages:  {}", rule.languages.join(", "));
    println!();
    println!("{}", rule.docs.trim_end());
    Ok(Status::Clean)
}
