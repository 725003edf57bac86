use serde::{Deserialize, Serialize};

/// A region of one source file. Lines and columns are 1-based, columns count
/// bytes; the byte range is kept so that report time can cut the exact text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    pub start_line: u32,
    pub start_col: u32,
    pub end_line: u32,
    pub end_col: u32,
    pub start_byte: u32,
    pub end_byte: u32,
}

impl Span {
    pub const DUMMY: Span = Span {
        start_line: 0,
        start_col: 0,
        end_line: 0,
        end_col: 0,
        start_byte: 0,
        end_byte: 0,
    };

    pub fn is_dummy(&self) -> bool {
        self.start_line == 0
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        if self.is_dummy() {
            return other;
        }
        if other.is_dummy() {
            return self;
        }
        let (start, end) = (self.min(other), self.max_end(other));
        Span {
            start_line: start.start_line,
            start_col: start.start_col,
            start_byte: start.start_byte,
            end_line: end.end_line,
            end_col: end.end_col,
            end_byte: end.end_byte,
        }
    }

    fn max_end(self, other: Span) -> Span {
        if (self.end_line, self.end_col) >= (other.end_line, other.end_col) {
            self
        } else {
            other
        }
    }
}

/// Maps byte offsets to line starts, for front ends whose parser reports
/// offsets only, and for cutting snippets at report time.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        for (offset, byte) in text.bytes().enumerate() {
            if byte == b'\n' {
                line_starts.push(offset as u32 + 1);
            }
        }
        LineIndex { line_starts }
    }

    /// The text of 1-based `line` without its line ending.
    pub fn line<'a>(&self, text: &'a str, line: u32) -> &'a str {
        let index = line.saturating_sub(1) as usize;
        let Some(&start) = self.line_starts.get(index) else {
            return "";
        };
        let end = self
            .line_starts
            .get(index + 1)
            .map_or(text.len(), |&next| next as usize);
        text.get(start as usize..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}
