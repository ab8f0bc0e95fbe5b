//! User-facing diagnostics: a message, a place, and a rendered code frame.

use crate::source::SourceFile;

/// What kind of problem a diagnostic reports.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// The source is not valid Python (CPython's `SyntaxError`/`IndentationError`/...).
    SyntaxError,
    /// Valid Python that heron cannot compile yet.
    Unsupported,
    /// The source could not be read or decoded.
    Source,
}

/// A problem in the user's source.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// What kind of problem.
    pub kind: DiagnosticKind,
    /// The one-line message (`invalid syntax`, `async def is not supported yet`).
    pub message: String,
    /// The file as given by the user.
    pub path: String,
    /// Byte range in the decoded source, if known.
    pub range: Option<(usize, usize)>,
    /// 1-based line and 0-based byte column of `range.0` (filled in from `range`, or given
    /// directly when only a position is known).
    pub line: u32,
    /// See `line`.
    pub col: u32,
}

impl Diagnostic {
    /// A diagnostic at a byte range of `source`.
    pub fn at(
        kind: DiagnosticKind,
        message: impl Into<String>,
        source: &SourceFile,
        start: usize,
        end: usize,
    ) -> Self {
        let (line, col) = source.line_col(start);
        Diagnostic {
            kind,
            message: message.into(),
            path: source.path.clone(),
            range: Some((start, end)),
            line,
            col,
        }
    }

    /// Renders `file:line:col: error: message` followed by a code frame (when the source is
    /// available), as a compiler user expects. Columns are shown 1-based.
    pub fn render(&self, source: Option<&SourceFile>) -> String {
        crate::diagnostic_render::render(self, source)
    }
}
