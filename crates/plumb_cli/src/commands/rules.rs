//! `plumb rules`: the catalogue, read from the rule registry.

use std::fmt::Write as _;

use clap::{Args, ValueEnum};
use plumb_rules::{registry, Category, RuleMeta};

use super::Status;

#[derive(Args)]
pub struct RulesArgs {
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
    Markdown,
}

pub fn run(args: RulesArgs) -> anyhow::Result<Status> {
    let rules = registry();
    let out = match args.format {
        Format::Text => text_table(rules),
        Format::Json => {
            let mut json = serde_json::to_string_pretty(rules)?;
            json.push('\n');
            json
        }
        Format::Markdown => plumb_report::rules_markdown(),
    };
    print!("{out}");
    Ok(Status::Clean)
}

fn text_table(rules: &[&RuleMeta]) -> String {
    let rows: Vec<[String; 5]> = rules
        .iter()
        .map(|rule| {
            [
                rule.id.to_owned(),
                rule.severity.as_str().to_owned(),
                category_name(rule.category).to_owned(),
                cwe_list(rule.cwe),
                rule.title.to_owned(),
            ]
        })
        .collect();
    let header = ["ID", "SEVERITY", "CATEGORY", "CWE", "TITLE"].map(str::to_owned);
    let mut widths = header.clone().map(|cell| cell.len());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.len());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(&header).chain(&rows) {
        let line = row
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect::<Vec<_>>()
            .join("  ");
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

pub fn category_name(category: Category) -> &'static str {
    match category {
        Category::Security => "security",
        Category::Performance => "performance",
        Category::Reliability => "reliability",
        Category::Architecture => "architecture",
        Category::Database => "database",
    }
}

pub fn cwe_list(cwe: &[u32]) -> String {
    if cwe.is_empty() {
        return "-".to_owned();
    }
    cwe.iter()
        .map(|id| format!("CWE-{id}"))
        .collect::<Vec<_>>()
        .join(", ")
}
