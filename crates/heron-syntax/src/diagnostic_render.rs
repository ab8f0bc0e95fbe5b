//! Text rendering of a [`Diagnostic`]: a `file:line:col: error: message` header, then the
//! source line with `^` markers under the reported range.
//!
//! Written by hand rather than through a reporting library so that the output is plain,
//! colourless and stable for snapshot tests and for tools that parse the header line.

use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;

/// Renders the diagnostic; the code frame is shown only when `source` is given and the line
/// exists in it. No trailing newline.
pub(crate) fn render(diag: &Diagnostic, source: Option<&SourceFile>) -> String {
    let mut out = format!(
        "{}:{}:{}: error: {}",
        diag.path,
        diag.line,
        diag.col + 1,
        diag.message
    );
    let Some(src) = source else { return out };
    if diag.line == 0 || diag.line > src.line_count() {
        return out;
    }
    let line_text = src.line_text(diag.line);
    let line_start = src.line_start(diag.line);
    // Marker span, in bytes of this line.
    let (from, to) = match diag.range {
        Some((start, end)) if start >= line_start && start <= line_start + line_text.len() => {
            let from = start - line_start;
            let to = end.saturating_sub(line_start).clamp(from, line_text.len());
            (from, to)
        }
        _ => {
            let from = (diag.col as usize).min(line_text.len());
            (from, from)
        }
    };
    let from = floor_boundary(line_text, from);
    let to = floor_boundary(line_text, to);
    let indent: String = line_text[..from]
        .chars()
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    let width = line_text[from..to].chars().count().max(1);
    let number = diag.line.to_string();
    let pad = " ".repeat(number.len());
    out.push_str(&format!(
        "\n{pad} |\n{number} | {line_text}\n{pad} | {indent}{}",
        "^".repeat(width)
    ));
    out
}

/// The largest char boundary of `s` not after `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
