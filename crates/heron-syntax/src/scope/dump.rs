//! A readable, deterministic text form of a scope table, for tests and debugging.

use std::fmt::Write;

use crate::scope::{ScopeTable, Symbol};

/// Renders every scope with its symbols, cells and free variables.
pub(super) fn dump(table: &ScopeTable) -> String {
    let mut out = String::new();
    for (i, s) in table.scopes.iter().enumerate() {
        let _ = write!(
            out,
            "#{i} {:?} {} qualname={} range={}..{}",
            s.kind, s.name, s.qualname, s.range.0, s.range.1
        );
        if let Some(p) = s.parent {
            let _ = write!(out, " parent=#{}", p.0);
        }
        if let Some(p) = &s.private {
            let _ = write!(out, " private={p}");
        }
        if s.is_generator {
            out.push_str(" generator");
        }
        if s.is_coroutine {
            out.push_str(" coroutine");
        }
        out.push('\n');
        for sym in &s.symbols {
            let _ = writeln!(out, "    {:<12} {:?}{}", sym.name, sym.scope, flags(sym));
        }
        if !s.cellvars.is_empty() {
            let _ = writeln!(out, "  cellvars: {}", s.cellvars.join(", "));
        }
        if !s.freevars.is_empty() {
            let _ = writeln!(out, "  freevars: {}", s.freevars.join(", "));
        }
    }
    out
}

fn flags(sym: &Symbol) -> String {
    let mut out = String::new();
    for (on, name) in [
        (sym.is_param, "param"),
        (sym.is_bound, "bound"),
        (sym.is_used, "used"),
        (sym.is_declared_global, "global-decl"),
        (sym.is_nonlocal, "nonlocal-decl"),
        (sym.is_imported, "imported"),
        (sym.is_annotated, "annotated"),
        (sym.is_free_class, "free-class"),
    ] {
        if on {
            out.push(' ');
            out.push_str(name);
        }
    }
    out
}
