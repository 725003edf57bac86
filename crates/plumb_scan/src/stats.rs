use std::collections::BTreeMap;
use std::time::Duration;

use plumb_flow::EngineStats;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FileCounts {
    pub files: u64,
    pub lines: u64,
    pub bytes: u64,
}

impl FileCounts {
    pub(crate) fn add(&mut self, lines: u64, bytes: u64) {
        self.files += 1;
        self.lines += lines;
        self.bytes += bytes;
    }
}

/// What one scan did and what it gave up on, for `--stats`. Nothing the
/// scan skips or cuts is silent: it is counted here or noted.
#[derive(Clone, Debug, Default)]
pub struct ScanStats {
    /// By language (`java`, `python`) and `config` for configuration files.
    pub languages: BTreeMap<&'static str, FileCounts>,
    /// Files skipped with a note (unreadable, binary, too large, ...).
    pub files_skipped: u64,
    /// Files whose front end panicked (each also has a note).
    pub files_failed: u64,
    pub walk_read_time: Duration,
    pub lower_time: Duration,
    pub analysis_time: Duration,
    /// Includes the scan of the `--diff` revision.
    pub total_time: Duration,
    /// Syntax the front ends did not understand, by language and node kind.
    pub unlowered: BTreeMap<(&'static str, String), u64>,
    pub syntax_errors: u64,
    pub files_with_syntax_errors: u64,
    pub engine: EngineStats,
    /// Findings as the rules produced them (plus suppressions without a reason).
    pub findings_raw: u64,
    pub filtered_by_rule: u64,
    pub filtered_by_confidence: u64,
    pub suppressed: u64,
    pub baseline_dropped: u64,
    pub diff_dropped: u64,
    pub reported: u64,
}
