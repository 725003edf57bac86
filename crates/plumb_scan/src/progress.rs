/// What a scan is doing, for a progress display. The library never prints;
/// the CLI decides whether (and where) to show this.
#[derive(Clone, Debug)]
pub enum Phase {
    Walking,
    Reading {
        files: usize,
    },
    Lowering {
        files: usize,
    },
    Analysing {
        modules: usize,
    },
    /// `--diff`: scanning the tree at a git revision.
    ScanningRevision {
        rev: String,
    },
}

pub trait Progress: Sync {
    fn phase(&self, phase: Phase) {
        let _ = phase;
    }
    /// One more file read or lowered in the current phase.
    fn file_done(&self) {}
}

/// No progress display.
pub struct NoProgress;

impl Progress for NoProgress {}
