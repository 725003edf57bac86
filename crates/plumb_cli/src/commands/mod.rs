use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod bench;
mod debug_ir;
mod debug_taint;
mod explain;
mod rules;
mod scan;

#[derive(Parser)]
#[command(
    name = "plumb",
    version,
    about = "Static analysis for backend code: data-flow security findings with evidence"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan files and directories and report findings.
    Scan(scan::ScanArgs),
    /// List every rule: id, severity, category, CWE, title.
    Rules(rules::RulesArgs),
    /// Print one rule's documentation.
    Explain(explain::ExplainArgs),
    /// Look inside the engine.
    #[command(subcommand)]
    Debug(DebugCommand),
    /// Time a full scan against a tree-sitter parse-only pass over the same files.
    Bench(bench::BenchArgs),
}

#[derive(Subcommand)]
enum DebugCommand {
    /// Print the IR a file lowers to.
    Ir(debug_ir::DebugIrArgs),
    /// Show what the engine knows about the taint at FILE:LINE.
    Taint(debug_taint::DebugTaintArgs),
}

/// How a command that ran to completion ends.
pub enum Status {
    /// Exit 0.
    Clean,
    /// Exit 1: findings at or above the `--fail-on` threshold.
    Findings,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> ExitCode {
        match status {
            Status::Clean => ExitCode::SUCCESS,
            Status::Findings => ExitCode::from(1),
        }
    }
}

pub fn run(cli: Cli) -> anyhow::Result<Status> {
    match cli.command {
        Command::Scan(args) => scan::run(args),
        Command::Rules(args) => rules::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Debug(DebugCommand::Ir(args)) => debug_ir::run(args),
        Command::Debug(DebugCommand::Taint(args)) => debug_taint::run(args),
        Command::Bench(args) => bench::run(args),
    }
}
