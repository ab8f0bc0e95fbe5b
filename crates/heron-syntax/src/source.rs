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

/// Where lone surrogate escapes (`"\ud800"`) are moved before parsing: rustpython-parser keeps
/// string values as Rust `String`s, which cannot hold surrogates, so each such escape is
/// rewritten to the escape of `surrogate + offset`, an offset (a whole number of planes) whose
/// range the source does not otherwise use; [`ParsedModule::surrogate_stand_in_offset`] says
/// which, and lowering maps those code points back.
///
/// [`ParsedModule::surrogate_stand_in_offset`]: crate::ParsedModule::surrogate_stand_in_offset
fn pick_stand_in_offset(text: &str) -> Option<u32> {
    // Code points ≥ U+10000 the source mentions, as characters or as `\U` escapes.
    let mut used: Vec<u32> = text
        .chars()
        .map(u32::from)
        .filter(|&c| c >= 0x1_0000)
        .collect();
    let bytes = text.as_bytes();
    for (i, w) in bytes.windows(2).enumerate() {
        if w == b"\\U"
            && let Some(v) = text
                .get(i + 2..i + 10)
                .and_then(|d| u32::from_str_radix(d, 16).ok())
        {
            used.push(v);
        }
    }
    [
        0x10_0000u32,
        0xF_0000,
        0xE_0000,
        0xD_0000,
        0xC_0000,
        0xB_0000,
        0xA_0000,
        0x9_0000,
    ]
    .into_iter()
    .find(|off| {
        !used
            .iter()
            .any(|c| (0xD800 + off..=0xDFFF + off).contains(c))
    })
}

/// Rewrites what rustpython-parser would get wrong before parsing, returning `None` when
/// nothing needs to change (the usual case):
/// - PEP 3131: CPython NFKC-normalizes identifiers (`ﬁle` and `file` are one name);
/// - lone surrogate escapes in string literals (see [`pick_stand_in_offset`]).
///
/// Only columns on rewritten lines move; lines stay where they are.
pub(crate) fn prepare_source(text: &str) -> Option<PreparedSource> {
    use rustpython_parser::{Mode, Tok, lexer::lex};
    use unicode_normalization::UnicodeNormalization;
    let may_need = !text.is_ascii() || text.contains("\\u") || text.contains("\\U");
    if !may_need {
        return None;
    }
    let offset = pick_stand_in_offset(text);
    let mut surrogate_stand_ins = false;
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for token in lex(text, Mode::Module) {
        let Ok((tok, range)) = token else { continue };
        let (start, end) = (range.start().to_usize(), range.end().to_usize());
        match tok {
            Tok::Name { name } if !name.is_ascii() => {
                let normalized: String = name.nfkc().collect();
                if normalized != name {
                    edits.push((start, end, normalized));
                }
            }
            Tok::String {
                kind:
                    rustpython_parser::StringKind::String
                    | rustpython_parser::StringKind::FString
                    | rustpython_parser::StringKind::Unicode,
                ..
            } => {
                let Some(offset) = offset else { continue };
                if let Some(rewritten) = rewrite_surrogate_escapes(&text[start..end], offset) {
                    edits.push((start, end, rewritten));
                    surrogate_stand_ins = true;
                }
            }
            _ => {}
        }
    }
    if edits.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, replacement) in edits {
        out.push_str(&text[at..start]);
        out.push_str(&replacement);
        at = end;
    }
    out.push_str(&text[at..]);
    Some(PreparedSource {
        text: out,
        surrogate_stand_in_offset: offset.filter(|_| surrogate_stand_ins),
    })
}

/// A source rewritten by [`prepare_source`].
pub(crate) struct PreparedSource {
    /// The text to parse.
    pub(crate) text: String,
    /// The stand-in offset, if surrogate escapes were replaced (see
    /// [`pick_stand_in_offset`]).
    pub(crate) surrogate_stand_in_offset: Option<u32>,
}

/// Rewrites `\uD800`-style escapes of lone surrogates in a (non-raw) literal's source text.
fn rewrite_surrogate_escapes(literal: &str, offset: u32) -> Option<String> {
    let bytes = literal.as_bytes();
    let mut out = String::new();
    let (mut i, mut copied, mut changed) = (0, 0, false);
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let width = match bytes.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 8,
            _ => {
                i += 2; // any other escape, including `\\`
                continue;
            }
        };
        let digits = literal.get(i + 2..i + 2 + width);
        let code = digits.and_then(|d| u32::from_str_radix(d, 16).ok());
        match code {
            Some(c) if (0xD800..=0xDFFF).contains(&c) => {
                out.push_str(&literal[copied..i]);
                out.push_str(&format!("\\U{:08x}", c + offset));
                i += 2 + width;
                copied = i;
                changed = true;
            }
            _ => i += 2,
        }
    }
    if !changed {
        return None;
    }
    out.push_str(&literal[copied..]);
    Some(out)
}
