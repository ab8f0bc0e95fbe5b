//! heron's front end: source decoding, parsing (rustpython-parser, kept behind this crate),
//! source positions, diagnostics and scope analysis.
//!
//! The rest of heron sees the AST through [`ast`] (a re-export) and everything else through
//! the types here, so that a later move to another parser touches only this crate.

pub mod diagnostic;
mod diagnostic_render;
pub mod scope;
pub mod source;
mod unparse;

pub use diagnostic::{Diagnostic, DiagnosticKind};
pub use rustpython_parser::ast;
pub use scope::{Scope, ScopeId, ScopeKind, ScopeTable, Symbol, SymbolScope};
pub use source::{SourceFile, decode_escapes, decode_string_literal, range_of};
pub use unparse::unparse_expr;

/// A parsed and scope-analysed module.
pub struct ParsedModule {
    /// The decoded source and its line index.
    pub source: SourceFile,
    /// The module's statements.
    pub body: Vec<ast::Stmt>,
    /// Scopes of the module and of every function, lambda, comprehension and class in it.
    pub scopes: ScopeTable,
    /// Whether `from __future__ import annotations` is in effect.
    pub future_annotations: bool,
    /// If lone surrogate escapes were rewritten before parsing, the offset of their stand-ins:
    /// code points `0xD800 + offset ..= 0xDFFF + offset` in string values are the surrogates
    /// `0xD800 ..= 0xDFFF` (rustpython-parser cannot hold surrogates in a `String`).
    pub surrogate_stand_in_offset: Option<u32>,
}

/// Decodes (PEP 263 coding line, BOM), parses and scope-analyses a module.
///
/// `path` is what diagnostics and code objects will show. Errors are syntax errors, with
/// CPython's wording where heron knows it.
pub fn parse_module(bytes: &[u8], path: &str) -> Result<ParsedModule, Diagnostic> {
    let mut source = SourceFile::decode(bytes, path)?;
    let mut surrogate_stand_in_offset = None;
    if let Some(prepared) = source::prepare_source(&source.text) {
        surrogate_stand_in_offset = prepared.surrogate_stand_in_offset;
        source = SourceFile::new(path, prepared.text);
    }
    let body = source::parse_suite(&source)?;
    let future_annotations = source::has_future_annotations(&body);
    let scopes = ScopeTable::analyze(&body, &source)?;
    Ok(ParsedModule {
        source,
        body,
        scopes,
        future_annotations,
        surrogate_stand_in_offset,
    })
}
