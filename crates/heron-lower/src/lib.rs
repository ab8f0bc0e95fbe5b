//! Lowering: Python AST + scopes → heron IR.
//!
//! One IR function is produced per module body, `def`, `lambda` and comprehension. Lowering
//! writes plain, explicit IR: every Python operation becomes an operation with an error edge to
//! the current handler; exception handling, `finally`, `with` and loops become blocks and
//! hidden variables. It writes no reference counting (heron-opt's refcount pass does) and does
//! no optimization (heron-opt's passes do).
//!
//! Files: [`cx`] holds the per-function state; `stmt.rs`, `expr.rs`, `control.rs`
//! (loops, `try`, `with`), `names.rs` (name resolution and assignment targets) and `func.rs`
//! (functions, lambdas, comprehensions) lower the node kinds.

mod control;
mod cx;
mod expr;
mod func;
mod names;
mod patterns;
mod stmt;

use heron_ir::{ConstPool, EntityVec, FuncId, Function, Loc, Module, PyStr};
use heron_syntax::{Diagnostic, DiagnosticKind, ParsedModule, ScopeTable, SourceFile};

/// Result of lowering steps: a user-facing diagnostic on failure.
pub(crate) type LowerResult<T> = Result<T, Diagnostic>;

/// Module-wide lowering state.
pub(crate) struct ModuleCx<'a> {
    /// The module's scopes.
    pub(crate) scopes: &'a ScopeTable,
    /// The source (for positions).
    pub(crate) source: &'a SourceFile,
    /// The constant table being built.
    pub(crate) consts: ConstPool,
    /// Finished functions.
    pub(crate) functions: EntityVec<FuncId, Function>,
    /// `co_filename`.
    pub(crate) filename: String,
    /// `from __future__ import annotations` is in effect.
    pub(crate) future_annotations: bool,
    /// String values carry surrogate stand-ins at this offset (see
    /// `heron_syntax::ParsedModule::surrogate_stand_in_offset`).
    pub(crate) surrogate_stand_in_offset: Option<u32>,
}

impl ModuleCx<'_> {
    /// The position of a byte offset.
    pub(crate) fn loc(&self, offset: usize) -> Loc {
        let (line, col) = self.source.line_col(offset);
        Loc { line, col }
    }

    /// The Python string of a string value the parser produced (mapping surrogate stand-ins
    /// back to surrogates when the source needed them).
    pub(crate) fn literal_str(&self, s: &str) -> PyStr {
        self.literal_points(s.chars().map(u32::from).collect())
    }

    /// As [`ModuleCx::literal_str`], for code points already decoded.
    pub(crate) fn literal_points(&self, mut points: Vec<u32>) -> PyStr {
        if let Some(offset) = self.surrogate_stand_in_offset {
            for p in &mut points {
                if (0xD800 + offset..=0xDFFF + offset).contains(p) {
                    *p -= offset;
                }
            }
        }
        PyStr(points)
    }

    /// Where CPython 3.11 locates the operations on an attribute (`a.b` load, store, delete, and
    /// the lookup and call of `a.b(...)`): an attribute expression spanning several lines is
    /// placed on its last line, at the attribute name.
    pub(crate) fn attr_loc(&self, e: &heron_syntax::ast::Expr, attr: &str) -> Loc {
        let (start, end) = heron_syntax::range_of(e);
        let (s, en) = (self.loc(start), self.loc(end));
        if s.line == en.line {
            return s;
        }
        let len = attr.chars().count() as u32;
        Loc {
            line: en.line,
            col: en.col.saturating_sub(len),
        }
    }

    /// A "not supported yet" diagnostic for a construct at a byte range.
    pub(crate) fn unsupported(&self, what: &str, range: (usize, usize)) -> Diagnostic {
        Diagnostic::at(
            DiagnosticKind::Unsupported,
            format!("{what} is not supported yet"),
            self.source,
            range.0,
            range.1,
        )
    }
}

/// Lowers a parsed module to IR.
///
/// `module_name` is the dotted name the module will have at run time (`__main__` for a
/// program); `filename` is what code objects and tracebacks show.
pub fn lower_module(
    parsed: &ParsedModule,
    module_name: &str,
    filename: &str,
) -> Result<Module, Diagnostic> {
    let mut consts = ConstPool::default();
    let filename_const = consts.str(filename);
    let mut m = ModuleCx {
        scopes: &parsed.scopes,
        source: &parsed.source,
        consts,
        functions: EntityVec::new(),
        filename: filename.to_string(),
        future_annotations: parsed.future_annotations,
        surrogate_stand_in_offset: parsed.surrogate_stand_in_offset,
    };
    let body = func::lower_module_body(&mut m, &parsed.body)?;
    Ok(Module {
        name: module_name.to_string(),
        filename: filename.to_string(),
        filename_const,
        functions: m.functions,
        body,
        consts: m.consts,
    })
}
