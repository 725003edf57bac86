use std::path::PathBuf;

use plumb_rules::Confidence;

/// What one scan is asked to do. Every `Option` left `None` falls back to
/// the configuration file, then to the default; a value given here replaces
/// the configuration's (excludes are the exception: both lists apply).
#[derive(Clone, Debug, Default)]
pub struct ScanOptions {
    /// Files and directories to scan; empty means the current directory.
    pub paths: Vec<PathBuf>,
    /// Globs of paths to leave out, on top of the configuration's `exclude`.
    pub excludes: Vec<String>,
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    pub select: Option<Vec<String>>,
    pub ignore: Option<Vec<String>>,
    /// The lowest confidence reported (default `proven`).
    pub confidence: Option<Confidence>,
    /// Bigger files are skipped with a note (default 4 MiB).
    pub max_file_size: Option<u64>,
    /// An explicit configuration file instead of `plumb.toml` / `pyproject.toml` at the root.
    pub config: Option<PathBuf>,
    /// Drop findings whose fingerprint this baseline lists.
    pub baseline: Option<PathBuf>,
    /// Write the findings (after filters and suppressions, before `baseline`
    /// and `diff`) to this file as a baseline.
    pub write_baseline: Option<PathBuf>,
    /// Keep only findings that a scan of this git revision does not have.
    pub diff: Option<String>,
}

pub const DEFAULT_MAX_FILE_SIZE: u64 = 4 * 1024 * 1024;

pub fn parse_confidence(text: &str) -> Option<Confidence> {
    match text {
        "proven" => Some(Confidence::Proven),
        "audit" => Some(Confidence::Audit),
        _ => None,
    }
}

pub const CONFIDENCE_VALUES: &str = "proven, audit";
