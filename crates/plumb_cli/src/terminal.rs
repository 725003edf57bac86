//! Where output goes and whether it may be decorated: colours only on a
//! terminal and never with `NO_COLOR`; progress only on a terminal stderr,
//! so that piped and CI output stays clean.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use plumb_scan::{Phase, Progress};

/// <https://no-color.org>: set and not empty disables colour.
pub fn no_color_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
}

pub fn stdout_color(disabled_by_flag: bool) -> bool {
    !disabled_by_flag && !no_color_env() && std::io::stdout().is_terminal()
}

/// A one-line progress display on stderr, redrawn in place.
pub struct StderrProgress {
    label: Mutex<String>,
    total: AtomicUsize,
    done: AtomicUsize,
}

impl StderrProgress {
    /// `None` when stderr is not a terminal.
    pub fn for_terminal() -> Option<StderrProgress> {
        std::io::stderr().is_terminal().then(|| StderrProgress {
            label: Mutex::new(String::new()),
            total: AtomicUsize::new(0),
            done: AtomicUsize::new(0),
        })
    }

    fn draw(&self, line: &str) {
        let mut stderr = std::io::stderr().lock();
        let _ = write!(stderr, "\r\x1b[2K{line}");
        let _ = stderr.flush();
    }

    /// Erases the progress line before real output is written.
    pub fn clear(&self) {
        self.draw("");
    }
}

impl Progress for StderrProgress {
    fn phase(&self, phase: Phase) {
        let (label, total) = match phase {
            Phase::Walking => ("finding files".to_owned(), 0),
            Phase::Reading { files } => ("reading".to_owned(), files),
            Phase::Lowering { files } => ("parsing".to_owned(), files),
            Phase::Analysing { modules } => (format!("analysing {modules} files"), 0),
            Phase::ScanningRevision { rev } => (format!("scanning {rev} for --diff"), 0),
        };
        self.total.store(total, Ordering::Relaxed);
        self.done.store(0, Ordering::Relaxed);
        self.draw(&format!("plumb: {label}…"));
        *self
            .label
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = label;
    }

    fn file_done(&self) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        let total = self.total.load(Ordering::Relaxed);
        // Redrawing for every file would cost more than the files.
        // (`is_multiple_of` needs Rust 1.87; the workspace supports 1.85.)
        #[allow(clippy::manual_is_multiple_of)]
        let redraw = done % 64 == 0;
        if redraw || done == total {
            let label = self
                .label
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .clone();
            self.draw(&format!("plumb: {label} {done}/{total}"));
        }
    }
}
