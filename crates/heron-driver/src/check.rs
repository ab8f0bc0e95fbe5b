//! Syntax checking with the target interpreter, so that syntax errors carry CPython's exact
//! words.
//!
//! One `python -I -c SCRIPT` process checks every file of a build: the sources are written to
//! its stdin (`<length>\n<bytes>` each) and the script answers with one block of lines per
//! file (nothing, for a file holding NUL bytes, which heron's parser reports in CPython's
//! words for files). The script only calls `compile()` (it never runs user code); decoding goes through
//! `importlib.util.decode_source`, as for an imported module, so that positions are character
//! offsets in the decoded text. If the process cannot be run or answers garbage, the check is
//! skipped: heron's own parser still reports errors, in its own words.

use heron_syntax::{Diagnostic, DiagnosticKind, SourceFile};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

const SCRIPT: &str = r#"
import sys, warnings
from importlib.util import decode_source
def esc(s):
    return str(s).replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
def num(v):
    return str(v) if isinstance(v, int) else "-"
data = sys.stdin.buffer.read()
out = []
pos = 0
while pos < len(data):
    nl = data.index(b"\n", pos)
    n = int(data[pos:nl])
    src = data[nl + 1:nl + 1 + n]
    pos = nl + 1 + n
    if b"\0" in src:
        # compile() words this differently from running the file; heron's parser says it
        # as CPython does for files.
        out.append("end")
        continue
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            try:
                text = decode_source(src)
            except Exception:
                text = src
            compile(text, "<heron>", "exec", dont_inherit=True)
        except SyntaxError as e:
            out.append("error\t%s\t%s\t%s\t%s\t%s\t%s" % (type(e).__name__, num(e.lineno),
                       num(e.offset), num(e.end_lineno), num(e.end_offset), esc(e.msg)))
        except (RecursionError, MemoryError) as e:
            out.append("error\t%s\t-\t-\t-\t-\t%s" % (type(e).__name__, esc(e)))
        except Exception:
            pass
    for w in caught:
        if issubclass(w.category, SyntaxWarning):
            out.append("warning\t%s\t%s\t%s" % (w.category.__name__, num(w.lineno), esc(w.message)))
    out.append("end")
sys.stdout.buffer.write(("\n".join(out) + "\n").encode("utf-8", "surrogateescape"))
"#;

/// What CPython said about one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct CheckResult {
    /// The syntax error, if any.
    pub(crate) error: Option<PyError>,
    /// Compile-time warnings (`SyntaxWarning`).
    pub(crate) warnings: Vec<PyWarning>,
}

/// A `SyntaxError` (or subclass), or a `RecursionError`/`MemoryError` raised by `compile()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PyError {
    /// The exception class name.
    pub(crate) kind: String,
    /// `msg`.
    pub(crate) msg: String,
    /// `lineno`, 1-based.
    pub(crate) line: Option<u32>,
    /// `offset`: 1-based character offset in the line.
    pub(crate) offset: Option<i64>,
    /// `end_lineno`.
    pub(crate) end_line: Option<u32>,
    /// `end_offset`.
    pub(crate) end_offset: Option<i64>,
}

/// A compile-time warning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PyWarning {
    /// The warning class name.
    pub(crate) kind: String,
    /// The line it is about.
    pub(crate) line: Option<u32>,
    /// The message.
    pub(crate) msg: String,
}

/// Checks every source with `python`. `None` when the check could not be made.
pub(crate) fn check_sources(python: &Path, sources: &[&[u8]]) -> Option<Vec<CheckResult>> {
    let mut child = Command::new(python)
        .args(["-I", "-c", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut input = Vec::with_capacity(sources.iter().map(|s| s.len() + 12).sum());
    for src in sources {
        input.extend_from_slice(format!("{}\n", src.len()).as_bytes());
        input.extend_from_slice(src);
    }
    let mut stdin = child.stdin.take()?;
    // Written from another thread so that a large input cannot deadlock against the output.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().ok()?;
    let _ = writer.join();
    if !out.status.success() {
        return None;
    }
    let results = parse_answer(&String::from_utf8_lossy(&out.stdout))?;
    (results.len() == sources.len()).then_some(results)
}

/// Parses the script's answer.
fn parse_answer(text: &str) -> Option<Vec<CheckResult>> {
    let mut results = Vec::new();
    let mut current = CheckResult::default();
    for line in text.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields[..] {
            ["end"] => results.push(std::mem::take(&mut current)),
            ["error", kind, line, offset, end_line, end_offset, msg] => {
                current.error = Some(PyError {
                    kind: kind.to_string(),
                    msg: unescape(msg),
                    line: line.parse().ok(),
                    offset: offset.parse().ok(),
                    end_line: end_line.parse().ok(),
                    end_offset: end_offset.parse().ok(),
                })
            }
            ["warning", kind, line, msg] => current.warnings.push(PyWarning {
                kind: kind.to_string(),
                line: line.parse().ok(),
                msg: unescape(msg),
            }),
            _ => return None,
        }
    }
    Some(results)
}

/// Undoes the script's `esc`.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Byte offset in `line` of the 1-based character offset `offset` (clamped to the line).
fn byte_col(line: &str, offset: i64) -> usize {
    let chars = usize::try_from(offset.max(1) - 1).unwrap_or(0);
    line.char_indices()
        .nth(chars)
        .map_or(line.len(), |(i, _)| i)
}

/// Renders CPython's error as heron renders its diagnostics: `path:line:col: error: msg` and a
/// code frame. `bytes` is the file's content (for the frame).
pub(crate) fn render_error(err: &PyError, path: &str, bytes: &[u8]) -> String {
    // Syntax errors (and IndentationError, TabError) read as heron's own diagnostics do:
    // `error: <CPython's message>`; anything else compile() raised names its class.
    let message = if matches!(
        err.kind.as_str(),
        "SyntaxError" | "IndentationError" | "TabError"
    ) {
        err.msg.clone()
    } else {
        format!("{}: {}", err.kind, err.msg)
    };
    let Some(line) = err.line.filter(|&l| l > 0) else {
        return format!("{path}: error: {message}");
    };
    let source = SourceFile::decode(bytes, path).ok();
    let (col, range) = match &source {
        Some(src) if line <= src.line_count() => {
            let text = src.line_text(line);
            let start = byte_col(text, err.offset.unwrap_or(1));
            let end = match (err.end_line, err.end_offset) {
                (Some(l), Some(e)) if l == line && e > err.offset.unwrap_or(1) => byte_col(text, e),
                _ => start,
            };
            let base = src.line_start(line);
            (start as u32, Some((base + start, base + end)))
        }
        _ => (err.offset.map_or(0, |o| (o.max(1) - 1) as u32), None),
    };
    let diag = Diagnostic {
        kind: DiagnosticKind::SyntaxError,
        message,
        path: path.to_string(),
        range,
        line,
        col,
    };
    diag.render(source.as_ref())
}

/// Renders a compile-time warning: `path:line: warning: SyntaxWarning: msg`.
pub(crate) fn render_warning(w: &PyWarning, path: &str) -> String {
    match w.line {
        Some(line) => format!("{path}:{line}: warning: {}: {}", w.kind, w.msg),
        None => format!("{path}: warning: {}: {}", w.kind, w.msg),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_answers() {
        let text = "end\nerror\tIndentationError\t2\t1\t2\t5\texpected an\\tindented \\\\ block\nend\n\
                    warning\tSyntaxWarning\t3\t\"is\" with a literal\nend\n";
        let r = parse_answer(text).unwrap();
        assert_eq!(r.len(), 3);
        assert_eq!(r[0], CheckResult::default());
        let e = r[1].error.as_ref().unwrap();
        assert_eq!(e.kind, "IndentationError");
        assert_eq!(e.msg, "expected an\tindented \\ block");
        assert_eq!(
            (e.line, e.offset, e.end_line, e.end_offset),
            (Some(2), Some(1), Some(2), Some(5))
        );
        assert_eq!(r[2].warnings[0].line, Some(3));
        let r = parse_answer("error\tRecursionError\t-\t-\t-\t-\ttoo deep\nend\n").unwrap();
        assert_eq!(r[0].error.as_ref().unwrap().line, None);
        assert!(parse_answer("garbage\n").is_none());
    }

    #[test]
    fn renders_with_character_columns() {
        let src = "x = 1\ny = \"éé\" $ 1\n".as_bytes();
        let err = PyError {
            kind: "SyntaxError".into(),
            msg: "invalid syntax".into(),
            line: Some(2),
            offset: Some(10),
            end_line: Some(2),
            end_offset: Some(11),
        };
        let r = render_error(&err, "a.py", src);
        let mut lines = r.lines();
        // Column 10 in characters is byte 12 (1-based); the header shows heron's byte columns.
        assert_eq!(lines.next(), Some("a.py:2:12: error: invalid syntax"));
        assert!(r.ends_with("\n  |          ^"), "{r}");
        let no_line = PyError {
            line: None,
            offset: None,
            ..err
        };
        assert_eq!(
            render_error(&no_line, "a.py", src),
            "a.py: error: invalid syntax"
        );
    }

    #[test]
    fn byte_columns() {
        assert_eq!(byte_col("abc", 1), 0);
        assert_eq!(byte_col("abc", 3), 2);
        assert_eq!(byte_col("abc", 10), 3);
        assert_eq!(byte_col("éa", 2), 2);
        assert_eq!(byte_col("abc", 0), 0);
    }
}
