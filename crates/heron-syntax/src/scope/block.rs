//! The symbol-table blocks the builder fills and the resolver reads: CPython's
//! `PySTEntryObject`, with its flag bits.

use std::collections::HashMap;

use crate::scope::{ScopeKind, SymbolScope};

/// Flag bits of a name in a block (CPython's `DEF_*` and `USE`).
pub(super) mod flags {
    /// Declared `global` (or bound by a walrus at module level from a comprehension).
    pub(crate) const DEF_GLOBAL: u32 = 1;
    /// Assigned, deleted, a for/with/except target, a def/class name.
    pub(crate) const DEF_LOCAL: u32 = 2;
    /// A parameter.
    pub(crate) const DEF_PARAM: u32 = 4;
    /// Declared `nonlocal` (or a walrus target from a comprehension).
    pub(crate) const DEF_NONLOCAL: u32 = 8;
    /// Read.
    pub(crate) const USE: u32 = 16;
    /// A class-body name that is also free in a method (the class passes it on in a cell).
    pub(crate) const DEF_FREE_CLASS: u32 = 64;
    /// Bound by an import.
    pub(crate) const DEF_IMPORT: u32 = 128;
    /// Annotated (`x: int`).
    pub(crate) const DEF_ANNOT: u32 = 256;
    /// An iteration variable of a comprehension.
    pub(crate) const DEF_COMP_ITER: u32 = 512;
    /// Any kind of binding.
    pub(crate) const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}

/// CPython's `_Py_block_ty`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub(super) enum BlockType {
    Module,
    /// def, lambda and comprehensions.
    Function,
    Class,
    /// Annotations under `from __future__ import annotations`: visited for errors only, never
    /// linked into the tree, never analysed.
    Annotation,
}

/// One block being built.
pub(super) struct Block {
    pub(super) ty: BlockType,
    /// `None` for annotation blocks.
    pub(super) kind: Option<ScopeKind>,
    pub(super) name: String,
    pub(super) range: (usize, usize),
    pub(super) children: Vec<usize>,
    /// Names in order of first appearance, with their flags.
    pub(super) names: Vec<String>,
    pub(super) flags: Vec<u32>,
    index: HashMap<String, usize>,
    /// Resolution of each name, aligned with `names` (filled by the resolver).
    pub(super) resolved: Vec<SymbolScope>,
    /// `global`/`nonlocal` directives: (mangled name, range) for error locations.
    pub(super) directives: Vec<(String, (usize, usize))>,
    /// The class name used for mangling `__private` names inside this block.
    pub(super) private: Option<String>,
    /// Set for list/set/dict comprehensions and generator expressions.
    pub(super) comprehension: bool,
    /// Visiting a comprehension's iteration target.
    pub(super) comp_iter_target: bool,
    /// Nesting depth of comprehension iterable expressions being visited.
    pub(super) comp_iter_expr: u32,
    pub(super) is_generator: bool,
    pub(super) is_coroutine: bool,
    /// A method uses `__class__` or `super`: the class body makes a `__class__` cell.
    pub(super) needs_class_closure: bool,
}

impl Block {
    /// A new, empty block.
    pub(super) fn new(
        ty: BlockType,
        kind: Option<ScopeKind>,
        name: String,
        range: (usize, usize),
    ) -> Self {
        Block {
            ty,
            kind,
            name,
            range,
            children: Vec::new(),
            names: Vec::new(),
            flags: Vec::new(),
            index: HashMap::new(),
            resolved: Vec::new(),
            directives: Vec::new(),
            private: None,
            comprehension: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            is_generator: false,
            is_coroutine: false,
            needs_class_closure: false,
        }
    }

    /// The flags of a (mangled) name, 0 if absent.
    pub(super) fn lookup(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.flags[i])
    }

    /// Position of a name.
    pub(super) fn position(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }

    /// Sets the flags of a name, appending it if new.
    pub(super) fn set(&mut self, name: &str, value: u32) {
        match self.index.get(name) {
            Some(&i) => self.flags[i] = value,
            None => {
                self.index.insert(name.to_string(), self.names.len());
                self.names.push(name.to_string());
                self.flags.push(value);
            }
        }
    }

    /// The range of the first directive naming `name`, if any.
    pub(super) fn directive(&self, name: &str) -> Option<(usize, usize)> {
        self.directives
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, r)| *r)
    }
}

/// CPython's `_Py_Mangle`: inside class `C`, `__x` becomes `_C__x`, except dunder names, dotted
/// names, and when the class name is all underscores.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}
