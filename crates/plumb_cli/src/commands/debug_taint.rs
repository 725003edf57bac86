//! `plumb debug taint FILE:LINE`: what the engine knows about one line's
//! taint, from a scan of the project around it.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::Args;
use plumb_scan::ScanOptions;

use super::Status;

#[derive(Args)]
pub struct DebugTaintArgs {
    /// The line to look at, e.g. src/app/views.py:42.
    #[arg(value_name = "FILE:LINE")]
    location: String,
    /// Project to scan [default: the current directory if FILE is inside it, else FILE's directory].
    #[arg(long, value_name = "DIR")]
    root: Option<PathBuf>,
    /// Configuration file, as for `plumb scan`.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

pub fn run(args: DebugTaintArgs) -> anyhow::Result<Status> {
    let (file, line) = args
        .location
        .rsplit_once(':')
        .context("expected FILE:LINE, e.g. src/app/views.py:42")?;
    let line: u32 = line
        .parse()
        .ok()
        .filter(|&line| line > 0)
        .with_context(|| format!("`{line}` is not a line number (FILE:LINE, lines start at 1)"))?;
    let file = PathBuf::from(file);
    let root = match args.root {
        Some(root) => root,
        None => default_root(&file)?,
    };
    let options = ScanOptions {
        paths: vec![root],
        config: args.config,
        ..ScanOptions::default()
    };
    print!("{}", plumb_scan::debug_taint(&options, &file, line)?);
    Ok(Status::Clean)
}

fn default_root(file: &Path) -> anyhow::Result<PathBuf> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let absolute = std::path::absolute(file)
        .with_context(|| format!("{}: cannot make the path absolute", file.display()))?;
    if absolute.starts_with(&cwd) {
        return Ok(PathBuf::from("."));
    }
    Ok(absolute
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("/")))
}
