//! plumb's own JSON report, for scripts and agents. The shape is a contract:
//! fields are only ever added within a `version`; renaming, removing or
//! changing the meaning of one bumps `version`.
//!
//! ```json
//! {
//!   "version": 1,
//!   "tool": { "name": "plumb", "version": "0.1.0" },
//!   "findings": [
//!     {
//!       "rule": "sql-injection",            // registry id
//!       "title": "SQL injection",           // null if the id is not in the registry
//!       "category": "security",             // null likewise
//!       "severity": "critical",             // critical | high | medium | low | info
//!       "confidence": "proven",             // proven | audit
//!       "message": "…",
//!       "location": {                       // the sink
//!         "path": "src/app.py",             // relative to the scan root, `/`-separated
//!         "start_line": 12, "start_column": 5, "end_line": 12, "end_column": 30
//!       },
//!       "function": "app.search",           // enclosing function, or null
//!       "snippet": "cursor.execute(sql)",   // sink text, whitespace collapsed
//!       "trace": [                          // source first, sink last; may be empty
//!         { "location": { … }, "label": "request parameter `q`" }
//!       ],
//!       "cwe": [89],                        // from the rule
//!       "owasp": ["A03:2021"],              // OWASP Top 10 2021, from the rule
//!       "fingerprint": "…",                 // stable across line moves
//!       "in_test_code": false
//!     }
//!   ],
//!   "notes": [ { "path": "src/broken.py", "message": "…" } ],
//!   "summary": { "total": 1, "critical": 1, "high": 0, "medium": 0, "low": 0, "info": 0 }
//! }
//! ```
//!
//! Lines and columns are 1-based; columns count bytes, as in the Diagnostic
//! model (end columns are exclusive). Findings are ordered by severity (most
//! severe first), then path, line and column; notes by path, then message.
//! Keys appear in the order shown.

use plumb_rules::{Category, Diagnostic, Location};
use serde::Serialize;

use crate::{
    display_path, severity_counts, sorted_diagnostics, sorted_notes, RenderInput, TOOL_NAME,
};

/// Bumped whenever a field is renamed, removed or changes meaning.
pub const FORMAT_VERSION: u32 = 1;

pub fn render(input: &RenderInput) -> String {
    let report = Report {
        version: FORMAT_VERSION,
        tool: Tool {
            name: TOOL_NAME,
            version: input.tool_version,
        },
        findings: sorted_diagnostics(input.diagnostics)
            .into_iter()
            .map(Finding::from_diagnostic)
            .collect(),
        notes: sorted_notes(input.notes)
            .into_iter()
            .map(|note| NoteOut {
                path: display_path(&note.path),
                message: &note.message,
            })
            .collect(),
        summary: Summary::count(input.diagnostics),
    };
    // Serialising plain structs of strings and numbers cannot fail; should it
    // ever, an empty object is still valid JSON for the consumer to reject.
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".to_string());
    out.push('\n');
    out
}

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    tool: Tool<'a>,
    findings: Vec<Finding<'a>>,
    notes: Vec<NoteOut<'a>>,
    summary: Summary,
}

#[derive(Serialize)]
struct Tool<'a> {
    name: &'a str,
    version: &'a str,
}

#[derive(Serialize)]
struct Finding<'a> {
    rule: &'a str,
    title: Option<&'a str>,
    category: Option<Category>,
    severity: &'a str,
    confidence: &'a str,
    message: &'a str,
    location: LocationOut,
    function: Option<&'a str>,
    snippet: &'a str,
    trace: Vec<StepOut<'a>>,
    cwe: &'a [u32],
    owasp: &'a [&'a str],
    fingerprint: &'a str,
    in_test_code: bool,
}

impl<'a> Finding<'a> {
    fn from_diagnostic(diagnostic: &'a Diagnostic) -> Self {
        let rule = plumb_rules::rule(diagnostic.rule);
        Finding {
            rule: diagnostic.rule,
            title: rule.map(|rule| rule.title),
            category: rule.map(|rule| rule.category),
            severity: diagnostic.severity.as_str(),
            confidence: diagnostic.confidence.as_str(),
            message: &diagnostic.message,
            location: LocationOut::from(&diagnostic.location),
            function: diagnostic.function.as_deref(),
            snippet: &diagnostic.snippet,
            trace: diagnostic
                .trace
                .iter()
                .map(|step| StepOut {
                    location: LocationOut::from(&step.location),
                    label: &step.label,
                })
                .collect(),
            cwe: rule.map_or(&[], |rule| rule.cwe),
            owasp: rule.map_or(&[], |rule| rule.owasp),
            fingerprint: &diagnostic.fingerprint,
            in_test_code: diagnostic.in_test_code,
        }
    }
}

#[derive(Serialize)]
struct LocationOut {
    path: String,
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
}

impl From<&Location> for LocationOut {
    fn from(location: &Location) -> Self {
        LocationOut {
            path: display_path(&location.path),
            start_line: location.span.start_line,
            start_column: location.span.start_col,
            end_line: location.span.end_line,
            end_column: location.span.end_col,
        }
    }
}

#[derive(Serialize)]
struct StepOut<'a> {
    location: LocationOut,
    label: &'a str,
}

#[derive(Serialize)]
struct NoteOut<'a> {
    path: String,
    message: &'a str,
}

#[derive(Serialize)]
struct Summary {
    total: usize,
    critical: usize,
    high: usize,
    medium: usize,
    low: usize,
    info: usize,
}

impl Summary {
    fn count(diagnostics: &[Diagnostic]) -> Self {
        // `severity_counts` is ordered like `Severity::ALL`: critical .. info.
        let [critical, high, medium, low, info] =
            severity_counts(diagnostics).map(|(_, count)| count);
        Summary {
            total: diagnostics.len(),
            critical,
            high,
            medium,
            low,
            info,
        }
    }
}
