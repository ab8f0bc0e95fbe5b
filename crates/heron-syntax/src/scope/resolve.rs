//! Second pass of scope analysis: decide for every name of every block whether it is local,
//! global (explicit or implicit), free or a cell — CPython 3.11's `analyze_block`,
//! `analyze_name`, `analyze_cells`, `drop_class_free` and `update_symbols`.
//!
//! The sets passed down mirror CPython's: `bound` holds names bound in enclosing function
//! scopes (class scopes do not add theirs: methods cannot see class-level names), `global`
//! holds names known to be global, and `free` collects names the children need from outside.

use std::collections::HashSet;

use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::scope::SymbolScope;
use crate::source::SourceFile;

use super::block::flags::*;
use super::block::{Block, BlockType};

type Names = HashSet<String>;

/// Resolves every block reachable from the module block (block 0).
pub(super) fn analyze(blocks: &mut [Block], src: &SourceFile) -> Result<(), Diagnostic> {
    let mut free = Names::new();
    Resolver { blocks, src }.analyze_block(0, None, &mut free, Names::new())
}

struct Resolver<'b, 's> {
    blocks: &'b mut [Block],
    src: &'s SourceFile,
}

impl Resolver<'_, '_> {
    fn error_at_directive(&self, block: usize, name: &str, message: String) -> Diagnostic {
        let b = &self.blocks[block];
        let (start, end) = b.directive(name).unwrap_or(b.range);
        Diagnostic::at(DiagnosticKind::SyntaxError, message, self.src, start, end)
    }

    fn analyze_block(
        &mut self,
        id: usize,
        mut bound: Option<Names>,
        free: &mut Names,
        mut global: Names,
    ) -> Result<(), Diagnostic> {
        let ty = self.blocks[id].ty;
        let mut local = Names::new();
        let mut newglobal = Names::new();
        let mut newfree = Names::new();
        let mut newbound = Names::new();
        if ty == BlockType::Class {
            // Class-level names are invisible to nested functions: pass down only what was
            // visible before the class.
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }
        let n = self.blocks[id].names.len();
        let mut scopes = Vec::with_capacity(n);
        for i in 0..n {
            let name = self.blocks[id].names[i].clone();
            let flags = self.blocks[id].flags[i];
            let scope =
                self.analyze_name(id, &name, flags, &mut bound, &mut local, free, &mut global)?;
            scopes.push(scope);
        }
        if ty != BlockType::Class {
            if ty == BlockType::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }

        let children = self.blocks[id].children.clone();
        let mut allfree = Names::new();
        for child in children {
            let mut child_free = newfree.clone();
            self.analyze_block(
                child,
                Some(newbound.clone()),
                &mut child_free,
                newglobal.clone(),
            )?;
            allfree.extend(child_free);
        }
        newfree.extend(allfree);

        match ty {
            BlockType::Function => {
                // Locals captured by children live in cells.
                for (i, scope) in scopes.iter_mut().enumerate() {
                    if *scope == SymbolScope::Local && newfree.remove(&self.blocks[id].names[i]) {
                        *scope = SymbolScope::Cell;
                    }
                }
            }
            BlockType::Class if newfree.remove("__class__") => {
                self.blocks[id].needs_class_closure = true;
            }
            _ => {}
        }
        self.update_symbols(id, scopes, bound.as_ref(), &newfree);
        free.extend(newfree);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &self,
        id: usize,
        name: &str,
        flags: u32,
        bound: &mut Option<Names>,
        local: &mut Names,
        free: &mut Names,
        global: &mut Names,
    ) -> Result<SymbolScope, Diagnostic> {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(SymbolScope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(self.error_at_directive(
                    id,
                    name,
                    "nonlocal declaration not allowed at module level".to_string(),
                ));
            };
            if !b.contains(name) {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            free.insert(name.to_string());
            return Ok(SymbolScope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(SymbolScope::Local);
        }
        if bound.as_ref().is_some_and(|b| b.contains(name)) {
            free.insert(name.to_string());
            return Ok(SymbolScope::Free);
        }
        Ok(SymbolScope::GlobalImplicit)
    }

    /// Stores the resolutions and adds the names that only pass through this block on their
    /// way to a child (implicitly free here). CPython adds those in set order, which varies
    /// from run to run; heron adds them sorted.
    fn update_symbols(
        &mut self,
        id: usize,
        scopes: Vec<SymbolScope>,
        bound: Option<&Names>,
        free: &Names,
    ) {
        let class = self.blocks[id].ty == BlockType::Class;
        let block = &mut self.blocks[id];
        block.resolved = scopes;
        let mut pass_through: Vec<&String> = free.iter().collect();
        pass_through.sort();
        for name in pass_through {
            if let Some(i) = block.position(name) {
                if class && block.flags[i] & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    block.flags[i] |= DEF_FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|b| !b.contains(name)) {
                continue;
            }
            block.set(name, 0);
            block.resolved.push(SymbolScope::Free);
        }
    }
}
