//! `plumb bench PATH...`: the scan-speed benchmark. It reads the Java,
//! Python, JavaScript, TypeScript, Go and Ruby files once, times a parse-only pass over them with tree-sitter on
//! every core (the floor no analysis can beat), then times full scans of the
//! same paths with every rule, and reports the ratio. Each pass runs
//! `--runs` times and the fastest counts, so a busy machine inflates less.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::Args;
use rayon::prelude::*;

use super::Status;

#[derive(Args)]
pub struct BenchArgs {
    /// Directories or files to measure.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Repetitions of each pass; the fastest is reported.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Worker threads for both passes (default: one per core). `--jobs 1`
    /// gives steadier numbers on a machine that is busy with other work.
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
}

/// Which front end parses a file.
#[derive(Clone, Copy)]
enum Grammar {
    Java,
    Python,
    /// JavaScript and TypeScript; the file name picks the dialect.
    JavaScript,
    Go,
    Ruby,
    Php,
    CSharp,
    Rust,
}

pub fn run(args: BenchArgs) -> anyhow::Result<Status> {
    let mut files: Vec<(Grammar, PathBuf, String)> = Vec::new();
    for path in &args.paths {
        for entry in ignore::WalkBuilder::new(path).build().flatten() {
            let path = entry.path();
            let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            let grammar = match extension {
                "java" => Grammar::Java,
                "py" => Grammar::Python,
                "js" | "mjs" | "cjs" | "jsx" | "ts" | "mts" | "cts" | "tsx" => Grammar::JavaScript,
                "go" => Grammar::Go,
                "rb" | "rake" => Grammar::Ruby,
                "php" => Grammar::Php,
                "cs" => Grammar::CSharp,
                "rs" => Grammar::Rust,
                _ => continue,
            };
            if !path.is_file() {
                continue;
            }
            if let Ok(text) = std::fs::read_to_string(path) {
                files.push((grammar, path.to_path_buf(), text));
            }
        }
    }
    let lines: usize = files.iter().map(|(_, _, text)| text.lines().count()).sum();
    let bytes: usize = files.iter().map(|(_, _, text)| text.len()).sum();
    let runs = args.runs.max(1);

    let jobs = args.jobs.unwrap_or_else(rayon::current_num_threads).max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .context("cannot start the worker threads")?;
    let mut parse_best = Duration::MAX;
    for _ in 0..runs {
        let start = Instant::now();
        let nodes: usize = pool.install(|| {
            files
                .par_iter()
                .map(|(grammar, path, text)| match grammar {
                    Grammar::Java => plumb_java::parse_only(text),
                    Grammar::Python => plumb_python::parse_only(text),
                    Grammar::JavaScript => plumb_javascript::parse_only(path, text),
                    Grammar::Go => plumb_go::parse_only(text),
                    Grammar::Ruby => plumb_ruby::parse_only(text),
                    Grammar::Php => plumb_php::parse_only(text),
                    Grammar::CSharp => plumb_csharp::parse_only(text),
                    Grammar::Rust => plumb_rust::parse_only(text),
                })
                .sum()
        });
        parse_best = parse_best.min(start.elapsed());
        std::hint::black_box(nodes);
    }

    let options = plumb_scan::ScanOptions {
        paths: args.paths.clone(),
        jobs: Some(jobs),
        ..plumb_scan::ScanOptions::default()
    };
    let mut scan_best: Option<plumb_scan::ScanStats> = None;
    for _ in 0..runs {
        let outcome = plumb_scan::scan(&options, &plumb_scan::NoProgress).context("scan failed")?;
        let faster = scan_best
            .as_ref()
            .is_none_or(|best| outcome.stats.total_time < best.total_time);
        if faster {
            scan_best = Some(outcome.stats);
        }
    }
    let Some(scan) = scan_best else {
        anyhow::bail!("no scan ran");
    };
    let seconds = |d: Duration| d.as_secs_f64();
    println!("files        {}", files.len());
    println!("lines        {lines}");
    println!("bytes        {bytes}");
    println!("threads      {jobs}");
    println!("parse-only   {:.3}s", seconds(parse_best));
    println!(
        "scan         {:.3}s  (walk+read {:.3}s, parse+lower {:.3}s, analysis {:.3}s)",
        seconds(scan.total_time),
        seconds(scan.walk_read_time),
        seconds(scan.lower_time),
        seconds(scan.analysis_time)
    );
    println!(
        "ratio        {:.2}x parse-only",
        seconds(scan.total_time) / seconds(parse_best).max(1e-9)
    );
    println!("findings     {}", scan.reported);
    Ok(Status::Clean)
}
