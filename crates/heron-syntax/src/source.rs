//! Source text: decoding, the line index, and the parser entry point.
//!
//! Decoding follows what CPython does with the bytes of a module it imports (the
//! `compile(bytes, ...)` path): a UTF-8 BOM is dropped, a PEP 263 coding declaration on line 1
//! or 2 selects the codec, and `\r\n` / `\r` become `\n`. All byte offsets heron works with
//! (AST ranges, diagnostics, scope ranges) are offsets into the *decoded* text.

mod codecs;
mod decode;
mod literal;
mod parse;

use crate::ast;
use crate::diagnostic::Diagnostic;

pub use literal::{decode_escapes, decode_string_literal};
pub use parse::{has_future_annotations, parse_suite};

/// A decoded source file with a line index.
pub struct SourceFile {
    /// The path as given (shown in diagnostics).
    pub path: String,
    /// The decoded text.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Builds a source file from already-decoded text.
    pub fn new(path: &str, text: String) -> Self {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        SourceFile {
            path: path.to_string(),
            text,
            line_starts,
        }
    }

    /// Decodes the bytes of a Python source file the way CPython does before tokenizing.
    ///
    /// - A UTF-8 byte order mark is dropped.
    /// - A PEP 263 coding declaration (`# -*- coding: latin-1 -*-`) on line 1, or on line 2 when
    ///   line 1 is blank or a comment, selects the codec. heron decodes UTF-8, Latin-1, ASCII and
    ///   cp1252 (with all of Python's aliases); another codec Python knows is reported as
    ///   [`DiagnosticKind::Unsupported`](crate::DiagnosticKind::Unsupported), a codec Python
    ///   does not know as the `SyntaxError` `unknown encoding: X`.
    /// - Bytes that are not valid in the codec give CPython's message, e.g. `(unicode error)
    ///   'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`.
    /// - `\r\n` and lone `\r` become `\n` (CPython's universal newlines), so string literals
    ///   spanning lines hold `\n` as in CPython.
    /// - A NUL byte is the `SyntaxError` `source code cannot contain null bytes`.
    pub fn decode(bytes: &[u8], path: &str) -> Result<SourceFile, Diagnostic> {
        let text = decode::decode_bytes(bytes, path)?;
        Ok(SourceFile::new(path, text))
    }

    /// 1-based line and 0-based UTF-8 byte column of a byte offset (CPython's `col_offset`).
    /// An offset past the end is clamped to the end of the text.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        (line as u32, (offset - start) as u32)
    }

    /// Byte offset of the start of a 1-based line (the end of the text past the last line).
    pub fn line_start(&self, line: u32) -> usize {
        let i = (line as usize).saturating_sub(1);
        self.line_starts.get(i).copied().unwrap_or(self.text.len())
    }

    /// Number of lines (a final line without a newline counts; an empty text has one line).
    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let i = (line as usize).saturating_sub(1);
        let start = self.line_starts.get(i).copied().unwrap_or(self.text.len());
        let end = self
            .line_starts
            .get(i + 1)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// The source text of a byte range (empty if the range is not inside the text).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        self.text.get(start..end).unwrap_or("")
    }
}

/// The byte range `(start, end)` of any ranged AST node, as [`crate::ScopeTable::find`] and
/// [`Diagnostic::at`] take it.
pub fn range_of(node: &impl ast::Ranged) -> (usize, usize) {
    let r = node.range();
    (r.start().to_usize(), r.end().to_usize())
}

/// PEP 3131: CPython NFKC-normalizes identifiers while parsing (`ﬁle` and `file` are one
/// name). rustpython-parser does not, so a source with identifiers that normalization changes
/// is rewritten with the normalized spellings (`None` when nothing changes, the usual case).
/// Only columns on such lines move; lines stay where they are.
pub(crate) fn normalize_identifiers(text: &str) -> Option<String> {
    use rustpython_parser::{Mode, Tok, lexer::lex};
    use unicode_normalization::UnicodeNormalization;
    if text.is_ascii() {
        return None;
    }
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for token in lex(text, Mode::Module) {
        let Ok((Tok::Name { name }, range)) = token else {
            continue;
        };
        if name.is_ascii() {
            continue;
        }
        let normalized: String = name.nfkc().collect();
        if normalized != name {
            edits.push((range.start().to_usize(), range.end().to_usize(), normalized));
        }
    }
    if edits.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, name) in edits {
        out.push_str(&text[at..start]);
        out.push_str(&name);
        at = end;
    }
    out.push_str(&text[at..]);
    Some(out)
}
