//! Scope analysis, mirroring CPython 3.11's `Python/symtable.c`.
//!
//! Lowering needs to know, for every name in every function, whether it is a fast local, a
//! cell, a free variable or a global, and which names each code object lists in
//! `co_cellvars`/`co_freevars` — exactly as CPython decides, since closures, `nonlocal`,
//! `global`, class bodies and comprehensions all depend on it. The analysis runs in two passes
//! like CPython's: `builder` walks the AST and records how each name is used per block,
//! `resolve` then resolves names across blocks. Names are stored *mangled* (`__x` inside
//! class `C` is `_C__x`), as in CPython's symbol tables; [`Scope::lookup`] mangles for you.

mod block;
mod builder;
mod dump;
mod export;
mod resolve;

use crate::ast;
use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;

pub use block::mangle;

/// Index of a scope in a [`ScopeTable`].
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

/// What created a scope.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    /// The module body.
    Module,
    /// `def` (or `async def`).
    Function,
    /// `lambda`.
    Lambda,
    /// `[... for ...]`.
    ListComp,
    /// `{... for ...}`.
    SetComp,
    /// `{k: v for ...}`.
    DictComp,
    /// `(... for ...)`.
    GenExp,
    /// `class`.
    Class,
}

/// How a name is resolved in a scope (CPython's `LOCAL`, `GLOBAL_EXPLICIT`, ...).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    /// Bound in this scope: a fast local of a function scope, or a name in a class
    /// namespace. (At module level names are never `Local`: see `GlobalImplicit`.)
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere enclosing: module global or builtin. At module level every name is
    /// this (the module namespace is the globals dict), unless declared `global` somewhere
    /// (then `GlobalExplicit`, as in CPython).
    GlobalImplicit,
    /// Bound in an enclosing function scope and captured here.
    Free,
    /// Local here and captured by an inner scope: lives in a cell.
    Cell,
}

/// One name in a scope.
#[derive(Clone, Debug)]
pub struct Symbol {
    /// The name, mangled inside classes (`_C__x` for `__x`; see [`Scope::mangle`]).
    pub name: String,
    /// How it resolves.
    pub scope: SymbolScope,
    /// Whether it is a parameter of this scope.
    pub is_param: bool,
    /// Whether it is bound in this scope (assigned, imported, def, for target, ...).
    pub is_bound: bool,
    /// Whether it is read in this scope.
    pub is_used: bool,
    /// Declared `global` here (or, at module level, by a function or a comprehension walrus).
    pub is_declared_global: bool,
    /// Declared `nonlocal` here (or the target of a walrus in this comprehension).
    pub is_nonlocal: bool,
    /// Bound by an import.
    pub is_imported: bool,
    /// Annotated (`x: int`) in this scope.
    pub is_annotated: bool,
    /// In a class body: a name that is bound or declared global in the class and also free in
    /// a method. The class body's code object then lists it in `co_freevars` too (it is still
    /// [`SymbolScope::Local`] in the class namespace).
    pub is_free_class: bool,
}

/// One scope.
#[derive(Clone, Debug)]
pub struct Scope {
    /// What created it.
    pub kind: ScopeKind,
    /// `__name__`: the def/class name, `<lambda>`, `<listcomp>`, `<module>`, ...
    pub name: String,
    /// `__qualname__`, following CPython (`f.<locals>.g`, `C.m`, `f.<locals>.<lambda>`).
    pub qualname: String,
    /// The enclosing scope.
    pub parent: Option<ScopeId>,
    /// Child scopes in source order.
    pub children: Vec<ScopeId>,
    /// All names, in order of first appearance in CPython's visiting order. Parameters come
    /// first, in `co_varnames` order: positional-only, regular, keyword-only, `*args`,
    /// `**kwargs` (CPython puts keyword-only parameters before `*args`); a comprehension's
    /// first symbol is its implicit parameter `.0`. Names that only pass through this scope to
    /// an inner one (implicitly free here) come last, sorted.
    pub symbols: Vec<Symbol>,
    /// Names living in cells, in CPython 3.11's `co_cellvars` order: captured parameters first
    /// (in parameter order), then the other cells sorted by name. A class body that provides
    /// the implicit `__class__` cell has exactly `["__class__"]`.
    pub cellvars: Vec<String>,
    /// Captured names, sorted (CPython's `co_freevars`). For a class body this includes the
    /// class-level names that methods capture from an enclosing function
    /// ([`Symbol::is_free_class`]).
    pub freevars: Vec<String>,
    /// Byte range of the node that created the scope (module: the whole file).
    pub range: (usize, usize),
    /// The class name used to mangle `__private` names in this scope (the innermost enclosing
    /// class, or the class itself for a class body), as CPython's compiler mangles names,
    /// attribute names included.
    pub private: Option<String>,
    /// Contains `yield` (or is a generator expression).
    pub is_generator: bool,
    /// An `async def`, or a scope containing `await`/`async for`/`async with` comprehensions.
    pub is_coroutine: bool,
}

impl Scope {
    /// Looks a symbol up by its stored (mangled) name.
    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.symbols.iter().find(|s| s.name == name)
    }

    /// Looks a name up as written in the source: mangles it first (see [`Scope::mangle`]).
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.symbol(&self.mangle(name))
    }

    /// The name as this scope stores it: `__x` inside class `C` becomes `_C__x` (CPython's
    /// private name mangling; also applies to attribute names and import bindings).
    pub fn mangle(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name)
    }

    /// Parameters, in `co_varnames` order: positional-only, regular, keyword-only, `*args`,
    /// `**kwargs` (comprehensions: `.0`).
    pub fn params(&self) -> impl Iterator<Item = &Symbol> {
        self.symbols.iter().filter(|s| s.is_param)
    }
}

/// Stack for the analysis thread (reserved, not committed): enough for CPython's nesting limit
/// even in debug builds.
const ANALYSIS_STACK: usize = 256 << 20;

/// [`ScopeTable::analyze`] on the current thread.
fn analyze_here(body: &[ast::Stmt], source: &SourceFile) -> Result<ScopeTable, Diagnostic> {
    let future = crate::source::has_future_annotations(body);
    let mut b = builder::Builder::new(source, future);
    b.visit_body(body)?;
    let mut blocks = b.blocks;
    resolve::analyze(&mut blocks, source)?;
    Ok(export::export(&blocks))
}

/// All scopes of a module. Scope 0 is the module.
#[derive(Clone, Debug)]
pub struct ScopeTable {
    /// Scopes, indexed by [`ScopeId`].
    pub scopes: Vec<Scope>,
}

impl ScopeTable {
    /// Analyses the scopes of a module, with CPython's `SyntaxError`s for misused `global`,
    /// `nonlocal`, walrus, `yield`, `import *` and duplicate parameters.
    ///
    /// Whether `from __future__ import annotations` is in effect is read from `body` (under it,
    /// annotations are never evaluated, so names in them do not count as uses).
    ///
    /// The walk is recursive; it runs on a helper thread with a large stack so that deeply
    /// nested code (CPython accepts about 3000 levels) does not overflow the caller's stack.
    /// Deeper nesting is reported like CPython's `RecursionError` (as
    /// [`DiagnosticKind::Unsupported`](crate::DiagnosticKind::Unsupported)).
    pub fn analyze(body: &[ast::Stmt], source: &SourceFile) -> Result<ScopeTable, Diagnostic> {
        std::thread::scope(|s| {
            let spawned = std::thread::Builder::new()
                .name("heron-scopes".into())
                .stack_size(ANALYSIS_STACK)
                .spawn_scoped(s, || analyze_here(body, source));
            match spawned {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                Err(_) => analyze_here(body, source),
            }
        })
    }

    /// A readable, deterministic listing of every scope and symbol (for tests and debugging).
    pub fn dump(&self) -> String {
        dump::dump(self)
    }

    /// The module scope.
    pub fn module(&self) -> ScopeId {
        ScopeId(0)
    }

    /// A scope by id.
    pub fn get(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// The scope created by the node of `kind` spanning exactly `range` (byte offsets of the
    /// node's `range()`). Lowering uses this to find the scope of each def, lambda and
    /// comprehension it meets.
    pub fn find(&self, kind: ScopeKind, range: (usize, usize)) -> Option<ScopeId> {
        self.scopes
            .iter()
            .position(|s| s.kind == kind && s.range == range)
            .map(|i| ScopeId(i as u32))
    }
}
