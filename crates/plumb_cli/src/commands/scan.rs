//! `plumb scan [PATH...]`: findings only, in the format CI or a person wants.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use plumb_report::text::TextOptions;
use plumb_report::RenderInput;
use plumb_rules::Confidence;
use plumb_scan::{FailOn, NoProgress, Progress, ScanOptions, ScanOutcome};

use super::Status;
use crate::stats::render_stats;
use crate::terminal::{stdout_color, StderrProgress};

#[derive(Args)]
pub struct ScanArgs {
    /// Files and directories to scan [default: .]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write the report to FILE instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Report only these rules (comma-separated ids).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    select: Option<Vec<String>>,
    /// Do not report these rules (comma-separated ids).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    ignore: Option<Vec<String>>,
    /// Exit 1 only for findings at least this severe (critical, high,
    /// medium, low, info, or none); without it, any finding exits 1.
    #[arg(long, value_name = "SEVERITY", value_parser = parse_fail_on)]
    fail_on: Option<FailOn>,
    /// Leave out findings listed in this baseline file.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Write the current findings to FILE as a baseline (and exit 0).
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Report only findings that are new compared with a scan of git revision REV.
    #[arg(long, value_name = "REV")]
    diff: Option<String>,
    /// Worker threads [default: every core].
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    jobs: Option<u32>,
    /// Configuration file [default: plumb.toml or [tool.plumb] in pyproject.toml at the root].
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Lowest confidence to report: `proven` (default) or `audit`.
    #[arg(long, value_enum)]
    confidence: Option<ConfidenceArg>,
    /// Skip files bigger than this (bytes, or e.g. 4MiB) [default: 4MiB].
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_file_size: Option<u64>,
    /// Print timings and counters to stderr.
    #[arg(long)]
    stats: bool,
    /// Leave out paths matching GLOB (repeatable); a glob without `/` matches names anywhere.
    #[arg(long = "exclude", value_name = "GLOB")]
    excludes: Vec<String>,
    /// No ANSI colours (also: NO_COLOR=1).
    #[arg(long)]
    no_color: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
    Sarif,
}

#[derive(Clone, Copy, ValueEnum)]
enum ConfidenceArg {
    Proven,
    Audit,
}

fn parse_fail_on(text: &str) -> Result<FailOn, String> {
    FailOn::parse(text).ok_or_else(|| format!("accepted: {}", FailOn::ACCEPTED))
}

fn parse_size(text: &str) -> Result<u64, String> {
    plumb_scan::parse_size(text)
        .ok_or_else(|| "a positive number of bytes, or a size such as 4MiB, 500KB".to_owned())
}

/// Comma lists may be written `a, b`; empty items (`a,,b`) are dropped.
fn rule_list(ids: Option<Vec<String>>) -> Option<Vec<String>> {
    ids.map(|ids| {
        ids.into_iter()
            .map(|id| id.trim().to_owned())
            .filter(|id| !id.is_empty())
            .collect()
    })
}

pub fn run(args: ScanArgs) -> anyhow::Result<Status> {
    let options = ScanOptions {
        paths: args.paths.clone(),
        excludes: args.excludes.clone(),
        jobs: args.jobs.map(|jobs| jobs as usize),
        select: rule_list(args.select.clone()),
        ignore: rule_list(args.ignore.clone()),
        confidence: args.confidence.map(|confidence| match confidence {
            ConfidenceArg::Proven => Confidence::Proven,
            ConfidenceArg::Audit => Confidence::Audit,
        }),
        max_file_size: args.max_file_size,
        config: args.config.clone(),
        baseline: args.baseline.clone(),
        write_baseline: args.write_baseline.clone(),
        diff: args.diff.clone(),
    };
    let terminal_progress = StderrProgress::for_terminal();
    let progress: &dyn Progress = match &terminal_progress {
        Some(progress) => progress,
        None => &NoProgress,
    };
    let outcome = plumb_scan::scan(&options, progress);
    if let Some(progress) = &terminal_progress {
        progress.clear();
    }
    let outcome = outcome?;

    let report = render(&args, &outcome);
    match &args.output {
        Some(path) => std::fs::write(path, report)
            .with_context(|| format!("cannot write the report to {}", path.display()))?,
        None => print!("{report}"),
    }
    // In text mode notes go to stderr so that stdout holds findings only;
    // the machine formats carry them inside the document.
    if args.format == Format::Text {
        for note in &outcome.notes {
            eprintln!("plumb: note: {}: {}", note.path.display(), note.message);
        }
    }
    if args.stats {
        eprint!("{}", render_stats(&outcome.stats));
    }
    if let Some(path) = &args.write_baseline {
        eprintln!(
            "plumb: wrote {} finding(s) to the baseline {}",
            outcome.diagnostics.len(),
            path.display()
        );
        // Writing a baseline accepts today's findings; failing the run
        // for them would defeat the purpose.
        return Ok(Status::Clean);
    }
    Ok(status(&outcome, args.fail_on))
}

fn render(args: &ScanArgs, outcome: &ScanOutcome) -> String {
    let notes: Vec<plumb_report::Note> = match args.format {
        Format::Text => Vec::new(),
        Format::Json | Format::Sarif => outcome
            .notes
            .iter()
            .map(|note| plumb_report::Note {
                path: note.path.clone(),
                message: note.message.clone(),
            })
            .collect(),
    };
    let version = env!("CARGO_PKG_VERSION");
    let input = RenderInput::new(&outcome.diagnostics, &notes, version)
        .with_sources(&outcome.sources)
        .with_root(&outcome.root);
    match args.format {
        Format::Text => {
            let color = args.output.is_none() && stdout_color(args.no_color);
            plumb_report::text::render(&input, &TextOptions { color })
        }
        Format::Json => plumb_report::json::render(&input),
        Format::Sarif => plumb_report::sarif::render(&input),
    }
}

/// The command line's `--fail-on` wins over the configuration's; with
/// neither, any reported finding fails.
fn status(outcome: &ScanOutcome, fail_on: Option<FailOn>) -> Status {
    let failing = match fail_on.or(outcome.config_fail_on) {
        Some(threshold) => outcome
            .diagnostics
            .iter()
            .any(|diagnostic| threshold.fails(diagnostic.severity)),
        None => !outcome.diagnostics.is_empty(),
    };
    if failing {
        Status::Findings
    } else {
        Status::Clean
    }
}
