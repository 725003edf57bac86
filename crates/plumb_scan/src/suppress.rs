//! Inline suppressions: `plumb: ignore[rule-id, other-id] reason` in a
//! comment on the finding's line or the line above; `plumb: ignore reason`
//! without brackets covers every rule. A reason is expected: a suppression
//! without one is reported (rule `suppression-without-reason`).

/// Rule id of the report about a suppression that gives no reason.
// TODO(plumb_rules): register a RuleMeta for this id so that `plumb rules`,
// `plumb explain` and SARIF know it.
pub const SUPPRESSION_WITHOUT_REASON: &str = "suppression-without-reason";

const MARKER: &str = "plumb:";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    /// 1-based line of the comment.
    pub line: u32,
    /// 1-based byte column where `plumb:` starts.
    pub col: u32,
    /// `None`: every rule.
    pub rules: Option<Vec<String>>,
    pub reason: Option<String>,
}

impl Suppression {
    /// Whether this comment silences `rule` at `line`.
    pub fn covers(&self, rule: &str, line: u32) -> bool {
        let placed = line == self.line || line == self.line + 1;
        placed
            && self
                .rules
                .as_ref()
                .is_none_or(|rules| rules.iter().any(|id| id == rule))
    }
}

pub fn find_suppressions(text: &str) -> Vec<Suppression> {
    // Almost no file has one; skip the line loop for those.
    if !text.contains(MARKER) {
        return Vec::new();
    }
    text.lines()
        .enumerate()
        .filter_map(|(index, line)| parse_line(line, index as u32 + 1))
        .collect()
}

fn parse_line(line: &str, number: u32) -> Option<Suppression> {
    let mut search_from = 0;
    while let Some(found) = line[search_from..].find(MARKER) {
        let start = search_from + found;
        search_from = start + MARKER.len();
        if !in_comment(&line[..start]) {
            continue;
        }
        let after_marker = line[start + MARKER.len()..].trim_start();
        let Some(rest) = after_marker.strip_prefix("ignore") else {
            continue;
        };
        // `plumb: ignored` or `plumb: ignore-me` are prose, not suppressions.
        if rest
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
        {
            continue;
        }
        let (rules, rest) = match rest.strip_prefix('[') {
            Some(inside) => {
                let (list, rest) = inside.split_once(']').unwrap_or((inside, ""));
                let ids = list
                    .split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .map(str::to_owned)
                    .collect();
                (Some(ids), rest)
            }
            None => (None, rest),
        };
        let reason = rest
            .trim()
            .trim_end_matches("*/")
            .trim_end_matches("-->")
            .trim()
            .trim_start_matches([':', '-', '—', '–'])
            .trim();
        return Some(Suppression {
            line: number,
            col: start as u32 + 1,
            rules,
            reason: (!reason.is_empty()).then(|| reason.to_owned()),
        });
    }
    None
}

/// Whether the text before the marker opens a comment in Java, Python,
/// properties, YAML or .env syntax.
fn in_comment(before: &str) -> bool {
    let trimmed = before.trim_start();
    trimmed.starts_with('*')
        || before.contains("//")
        || before.contains('#')
        || before.contains("/*")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str) -> Option<Suppression> {
        parse_line(line, 7)
    }

    #[test]
    fn rule_list_and_reason() {
        let s =
            one("    stmt.execute(q); // plumb: ignore[sql-injection, xss] query is a constant")
                .unwrap();
        assert_eq!(
            s.rules,
            Some(vec!["sql-injection".to_owned(), "xss".to_owned()])
        );
        assert_eq!(s.reason.as_deref(), Some("query is a constant"));
        assert!(s.covers("xss", 7));
        assert!(s.covers("xss", 8));
        assert!(!s.covers("xss", 9));
        assert!(!s.covers("ssrf", 7));
    }

    #[test]
    fn all_rules_and_missing_reason() {
        let s = one("# plumb: ignore").unwrap();
        assert_eq!(s.rules, None);
        assert_eq!(s.reason, None);
        assert!(s.covers("anything", 8));
        let s = one("/* plumb: ignore[xss] */").unwrap();
        assert_eq!(s.reason, None);
        let s = one("x = 1  # plumb: ignore[xss] - escaped by the template").unwrap();
        assert_eq!(s.reason.as_deref(), Some("escaped by the template"));
    }

    #[test]
    fn not_in_a_comment_or_not_the_keyword() {
        assert_eq!(one("String s = \"plumb: ignore\";"), None);
        assert_eq!(one("# plumb: ignored on purpose"), None);
        assert_eq!(one("# see plumb: docs"), None);
    }
}
