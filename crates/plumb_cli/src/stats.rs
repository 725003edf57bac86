//! `--stats`: what the scan did, where the time went and what it gave up on.

use std::fmt::Write as _;
use std::time::Duration;

use plumb_scan::ScanStats;

pub fn render_stats(stats: &ScanStats) -> String {
    let mut out = String::from("plumb stats\n");
    let _ = writeln!(out, "  files:");
    for (language, counts) in &stats.languages {
        let _ = writeln!(
            out,
            "    {language:<8} {:>7} files {:>9} lines {:>11} bytes",
            counts.files, counts.lines, counts.bytes
        );
    }
    let _ = writeln!(
        out,
        "    skipped  {:>7} (see notes); front-end failures {}",
        stats.files_skipped, stats.files_failed
    );
    let _ = writeln!(out, "  time:");
    for (label, time) in [
        ("walk+read", stats.walk_read_time),
        ("parse+lower", stats.lower_time),
        ("analysis", stats.analysis_time),
        ("total", stats.total_time),
    ] {
        let _ = writeln!(out, "    {label:<12} {}", seconds(time));
    }
    let _ = writeln!(
        out,
        "  syntax errors: {} in {} files",
        stats.syntax_errors, stats.files_with_syntax_errors
    );
    if !stats.unlowered.is_empty() {
        let _ = writeln!(out, "  unlowered syntax (kept as opaque nodes):");
        let mut rows: Vec<_> = stats.unlowered.iter().collect();
        rows.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        for ((language, kind), count) in rows {
            let _ = writeln!(out, "    {language:<8} {kind:<32} {count:>7}");
        }
    }
    let engine = &stats.engine;
    let _ = writeln!(
        out,
        "  engine: {} functions, {} budgets exhausted, {} summaries, calls {} resolved / {} unresolved",
        engine.functions_analyzed,
        engine.budget_exhausted,
        engine.summaries_computed,
        engine.calls_resolved,
        engine.calls_unresolved
    );
    let _ = writeln!(
        out,
        "  findings: {} raw, {} filtered by rule, {} by confidence, {} suppressed, {} in baseline, {} not new (--diff), {} reported",
        stats.findings_raw,
        stats.filtered_by_rule,
        stats.filtered_by_confidence,
        stats.suppressed,
        stats.baseline_dropped,
        stats.diff_dropped,
        stats.reported
    );
    out
}

fn seconds(time: Duration) -> String {
    format!("{:.3}s", time.as_secs_f64())
}
