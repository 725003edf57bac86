use std::path::PathBuf;

use plumb_text::Span;
use serde::Serialize;

use crate::Severity;

/// How sure a finding is. `Proven`: a modelled input (request data, a weak
/// random generator, ...) reaches the sink. `Audit`: a non-constant value of
/// unknown origin does; hidden unless asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Audit,
    Proven,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Proven => "proven",
            Confidence::Audit => "audit",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Location {
    /// Relative to the scan root, with `/` separators.
    pub path: PathBuf,
    pub span: Span,
}

/// One step of a data-flow trace, from the source (first) to the sink (last).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TraceStep {
    pub location: Location,
    /// What happens here: "request parameter `q`", "passed to `find(name)`", ...
    pub label: String,
}

/// The one finding model every rule produces and every format renders.
#[derive(Clone, Debug, Serialize)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    pub confidence: Confidence,
    pub message: String,
    /// The primary location: the sink.
    pub location: Location,
    /// Qualified name of the function containing the sink, when there is one.
    pub function: Option<String>,
    /// The sink's source text with whitespace collapsed; with `rule` and
    /// `function` it forms the fingerprint, so baselines survive edits that
    /// move lines.
    pub snippet: String,
    pub trace: Vec<TraceStep>,
    pub fingerprint: String,
    /// The file is test code by its build conventions (`src/test/`, `tests/`, `test_*.py`).
    pub in_test_code: bool,
}

impl Diagnostic {
    /// Stable across line moves: rule, enclosing function, normalised sink text.
    pub fn compute_fingerprint(&mut self) {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let parts = [
            self.rule,
            self.location.path.to_str().unwrap_or(""),
            self.function.as_deref().unwrap_or(""),
            self.snippet.as_str(),
        ];
        for part in parts {
            for byte in part.bytes().chain(std::iter::once(0)) {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
        self.fingerprint = format!("{hash:016x}");
    }
}
