//! The parser entry point (rustpython-parser) and `__future__` detection.
//!
//! rustpython's error texts are reworded towards CPython's where that is cheap; the driver asks
//! the real CPython for the exact message of a syntax error anyway.

use rustpython_parser::lexer::LexicalErrorType;
use rustpython_parser::{Parse, ParseErrorType, Tok};

use super::SourceFile;
use crate::ast;
use crate::diagnostic::{Diagnostic, DiagnosticKind};

/// Parses a module's statements. Parse errors become [`DiagnosticKind::SyntaxError`]
/// diagnostics at the offending token.
pub fn parse_suite(src: &SourceFile) -> Result<Vec<ast::Stmt>, Diagnostic> {
    ast::Suite::parse(&src.text, &src.path).map_err(|e| {
        let start = e.offset.to_usize().min(src.text.len());
        let end = next_char_boundary(&src.text, start);
        Diagnostic::at(
            DiagnosticKind::SyntaxError,
            parse_error_message(&e.error),
            src,
            start,
            end,
        )
    })
}

/// The end of the character starting at `start` (or `start` at the end of the text).
fn next_char_boundary(text: &str, start: usize) -> usize {
    text.get(start..)
        .and_then(|s| s.chars().next())
        .map_or(start, |c| start + c.len_utf8())
}

/// CPython's wording for a rustpython parse error, where heron knows it.
fn parse_error_message(error: &ParseErrorType) -> String {
    match error {
        ParseErrorType::Eof => "unexpected EOF while parsing".to_string(),
        ParseErrorType::ExtraToken(_) | ParseErrorType::InvalidToken => {
            "invalid syntax".to_string()
        }
        ParseErrorType::UnrecognizedToken(tok, expected) => {
            if *tok == Tok::Indent {
                "unexpected indent".to_string()
            } else if expected.as_deref() == Some("Indent") {
                "expected an indented block".to_string()
            } else {
                "invalid syntax".to_string()
            }
        }
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::UnrecognizedToken { tok } => {
                let c = *tok;
                if c.is_ascii() {
                    "invalid syntax".to_string()
                } else if c.is_control() || c.is_whitespace() {
                    format!("invalid non-printable character U+{:04X}", u32::from(c))
                } else {
                    format!("invalid character '{c}' (U+{:04X})", u32::from(c))
                }
            }
            LexicalErrorType::Eof => "unexpected EOF while parsing".to_string(),
            LexicalErrorType::NestingError | LexicalErrorType::StringError => {
                "invalid syntax".to_string()
            }
            LexicalErrorType::UnicodeError => {
                "(unicode error) malformed \\N character escape".to_string()
            }
            LexicalErrorType::TabsAfterSpaces => {
                "inconsistent use of tabs and spaces in indentation".to_string()
            }
            other => other.to_string(),
        },
    }
}

/// Whether `from __future__ import annotations` is in effect: CPython honours future
/// statements only at the top of the module, after an optional docstring, before any other
/// statement.
pub fn has_future_annotations(body: &[ast::Stmt]) -> bool {
    let skip = usize::from(is_docstring(body.first()));
    for stmt in &body[skip.min(body.len())..] {
        let ast::Stmt::ImportFrom(imp) = stmt else {
            return false;
        };
        if imp.module.as_deref() != Some("__future__") {
            return false;
        }
        if imp.names.iter().any(|a| a.name.as_str() == "annotations") {
            return true;
        }
    }
    false
}

/// Whether a statement is a docstring (an expression statement that is a string constant).
fn is_docstring(stmt: Option<&ast::Stmt>) -> bool {
    matches!(
        stmt,
        Some(ast::Stmt::Expr(ast::StmtExpr { value, .. }))
            if matches!(value.as_ref(), ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(_), .. }))
    )
}
