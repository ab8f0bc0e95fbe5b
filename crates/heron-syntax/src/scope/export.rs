//! Turns the resolved blocks into the public [`ScopeTable`]: drops the detached annotation
//! blocks, computes qualified names, and lists cell and free variables as CPython's compiler
//! does (`co_cellvars`, `co_freevars`).

use crate::scope::{Scope, ScopeId, ScopeKind, ScopeTable, Symbol, SymbolScope};

use super::block::flags::*;
use super::block::{Block, BlockType, mangle};

/// Builds the table from blocks resolved by [`super::resolve`]; block 0 is the module.
pub(super) fn export(blocks: &[Block]) -> ScopeTable {
    // Blocks reachable from the module, numbered in creation order.
    let mut reachable = vec![false; blocks.len()];
    let mut todo = vec![0];
    while let Some(b) = todo.pop() {
        reachable[b] = true;
        todo.extend(blocks[b].children.iter().copied());
    }
    let mut new_id = vec![None; blocks.len()];
    let mut parent = vec![None; blocks.len()];
    let mut n = 0u32;
    for (i, block) in blocks.iter().enumerate() {
        if reachable[i] {
            new_id[i] = Some(ScopeId(n));
            n += 1;
            for &c in &block.children {
                parent[c] = Some(i);
            }
        }
    }

    let mut scopes: Vec<Scope> = Vec::with_capacity(n as usize);
    for (i, block) in blocks.iter().enumerate() {
        if !reachable[i] {
            continue;
        }
        let kind = block.kind.unwrap_or(ScopeKind::Function);
        let qualname = match parent[i] {
            Some(p) if p != 0 => qualname(
                block,
                kind,
                &blocks[p],
                &scopes[new_id[p].map_or(0, |s| s.0 as usize)],
            ),
            _ => block.name.clone(),
        };
        let symbols = symbols(block);
        let cellvars = if block.ty == BlockType::Class {
            if block.needs_class_closure {
                vec!["__class__".to_string()]
            } else {
                Vec::new()
            }
        } else {
            cellvars(&symbols)
        };
        let mut freevars: Vec<String> = symbols
            .iter()
            .filter(|s| s.scope == SymbolScope::Free || s.is_free_class)
            .map(|s| s.name.clone())
            .collect();
        freevars.sort();
        scopes.push(Scope {
            kind,
            name: block.name.clone(),
            qualname,
            parent: parent[i].and_then(|p| new_id[p]),
            children: block.children.iter().filter_map(|&c| new_id[c]).collect(),
            symbols,
            cellvars,
            freevars,
            range: block.range,
            private: block.private.clone(),
            is_generator: block.is_generator,
            is_coroutine: block.is_coroutine,
        });
    }
    ScopeTable { scopes }
}

/// `co_cellvars` as CPython 3.11 lays out its frames: captured parameters first, in parameter
/// order (they are also in `co_varnames`), then the other cells sorted by name.
fn cellvars(symbols: &[Symbol]) -> Vec<String> {
    let cells = symbols.iter().filter(|s| s.scope == SymbolScope::Cell);
    let mut out: Vec<String> = cells
        .clone()
        .filter(|s| s.is_param)
        .map(|s| s.name.clone())
        .collect();
    let mut rest: Vec<String> = cells
        .filter(|s| !s.is_param)
        .map(|s| s.name.clone())
        .collect();
    rest.sort();
    out.extend(rest);
    out
}

/// CPython's `compiler_set_qualname`: `parent.name` for functions and classes (with
/// `.<locals>` after a function or lambda parent), except that a def or class whose name the
/// parent declares `global` gets its bare name.
fn qualname(block: &Block, kind: ScopeKind, parent: &Block, parent_scope: &Scope) -> String {
    if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
        let mangled = mangle(parent.private.as_deref(), &block.name);
        if parent_scope
            .symbol(&mangled)
            .is_some_and(|s| s.scope == SymbolScope::GlobalExplicit)
        {
            return block.name.clone();
        }
    }
    let locals = matches!(parent.kind, Some(ScopeKind::Function | ScopeKind::Lambda));
    format!(
        "{}{}.{}",
        parent_scope.qualname,
        if locals { ".<locals>" } else { "" },
        block.name
    )
}

/// The public symbols of a block. At module level every name is a global; a class that
/// provides a `__class__` cell gets a `__class__` symbol.
fn symbols(block: &Block) -> Vec<Symbol> {
    let mut out: Vec<Symbol> = block
        .names
        .iter()
        .zip(&block.flags)
        .zip(&block.resolved)
        .map(|((name, &flags), &scope)| {
            let scope = if block.ty == BlockType::Module && scope == SymbolScope::Local {
                SymbolScope::GlobalImplicit
            } else {
                scope
            };
            Symbol {
                name: name.clone(),
                scope,
                is_param: flags & DEF_PARAM != 0,
                is_bound: flags & DEF_BOUND != 0,
                is_used: flags & USE != 0,
                is_declared_global: flags & DEF_GLOBAL != 0,
                is_nonlocal: flags & DEF_NONLOCAL != 0,
                is_imported: flags & DEF_IMPORT != 0,
                is_annotated: flags & DEF_ANNOT != 0,
                is_free_class: flags & DEF_FREE_CLASS != 0,
            }
        })
        .collect();
    if block.needs_class_closure && !out.iter().any(|s| s.name == "__class__") {
        out.push(Symbol {
            name: "__class__".to_string(),
            scope: SymbolScope::Cell,
            is_param: false,
            is_bound: false,
            is_used: false,
            is_declared_global: false,
            is_nonlocal: false,
            is_imported: false,
            is_annotated: false,
            is_free_class: false,
        });
    }
    out
}
