//! The per-function lowering context: the IR being built, the current block, the current
//! exception handler, and the stacks that `return`/`break`/`continue` unwind through.

use crate::ModuleCx;
use heron_ir::{
    BlockId, ConstId, Constant, Function, FunctionKind, Loc, Op, RtFunc, Terminator, ValueId,
    VarId, VarKind,
};
use heron_syntax::{Scope, ScopeId, ScopeKind, SymbolScope};
use std::collections::HashMap;

/// Something a `return`, `break` or `continue` must run on its way out of a `try` / `with` /
/// `except` body, innermost last.
#[derive(Clone)]
pub(crate) enum Unwind<'a> {
    /// A `finally:` body, lowered again inline on each exit path.
    Finally {
        body: &'a [heron_syntax::ast::Stmt],
        handler: BlockId,
    },
    /// A `with` block: call `__exit__(None, None, None)`.
    With {
        exit_var: VarId,
        handler: BlockId,
        loc: Loc,
        /// `async with`: the exit's result is awaited.
        is_async: bool,
    },
    /// An `except` (or exceptional `finally`) body: restore the previously handled exception and
    /// unbind the `as` name.
    Handler {
        prev_var: VarId,
        exc_var: VarId,
        name: Option<String>,
        handler: BlockId,
    },
}

/// A return value held while the `finally` bodies a `return` crosses run. A jump out of the
/// `finally` body being run abandons it, and CPython releases it at once: a `break`/`continue`
/// of a loop outside that body, or another `return`.
#[derive(Clone, Copy)]
pub(crate) struct PendingReturn {
    /// The variable holding the value.
    pub(crate) var: VarId,
    /// The unwind-stack depth of the `finally` body being run (entries at or above it belong
    /// to code inside that body).
    pub(crate) level: usize,
    /// The number of loops visible from that body (loops with a lower index are outside it).
    pub(crate) loops: usize,
}

/// An enclosing loop.
#[derive(Clone)]
pub(crate) struct LoopCx {
    /// Where `continue` goes.
    pub(crate) continue_block: BlockId,
    /// Where `break` goes.
    pub(crate) break_block: BlockId,
    /// The unwind-stack depth at loop entry.
    pub(crate) unwind_depth: usize,
    /// The iterator variable of a `for` loop, cleared on `break`.
    pub(crate) iter_var: Option<VarId>,
}

/// How a name is accessed in the current function.
#[derive(Copy, Clone, Debug)]
pub(crate) enum NameAccess {
    /// A fast local in a variable.
    Local(VarId),
    /// A cell (own or captured) held in a variable; `free` selects the error message.
    Cell { var: VarId, free: bool },
    /// A module global (or builtin).
    Global,
    /// A name in a class body's namespace (CPython's `LOAD_NAME`/`STORE_NAME`): the
    /// namespace, then globals and builtins.
    ClassNs,
    /// A free variable read from a class body (`LOAD_CLASSDEREF`: the namespace first, then
    /// the cell held in `var`).
    ClassFree { var: VarId },
}

/// Lowering state for one function body.
pub(crate) struct FnCx<'a> {
    /// The function being built.
    pub(crate) f: Function,
    /// Its scope.
    pub(crate) scope: &'a Scope,
    /// Where new instructions go.
    pub(crate) block: BlockId,
    /// The current exception handler (the unwind block at top level).
    pub(crate) handler: BlockId,
    /// The position of the code being lowered.
    pub(crate) loc: Loc,
    /// Name → access path.
    pub(crate) names: HashMap<String, NameAccess>,
    /// The globals dict (defined in the entry block, dominating everything).
    pub(crate) globals: ValueId,
    /// The builtins namespace (defined in the entry block, dominating everything).
    pub(crate) builtins: ValueId,
    /// Exit actions for `return`/`break`/`continue`.
    pub(crate) unwinds: Vec<Unwind<'a>>,
    /// Enclosing loops.
    pub(crate) loops: Vec<LoopCx>,
    /// Counter for naming hidden temporaries.
    temp_count: u32,
    /// Holds the function's `locals()` dict once created (CPython returns the same dict,
    /// refreshed, on every call within one frame).
    pub(crate) locals_var: Option<VarId>,
    /// Fast locals in the order code first uses them: CPython's `co_varnames` order after
    /// the parameters (an annotation alone is not a use).
    pub(crate) local_order: Vec<String>,
    /// Every `for` loop's iterator variable, in creation order (a handler clears those of the
    /// loops its `try` body contains, as CPython pops them off the stack).
    pub(crate) iter_vars: Vec<VarId>,
    /// Return values held while `finally` bodies run for a `return` (see [`PendingReturn`]).
    pub(crate) pending_returns: Vec<PendingReturn>,
    /// In a class body: the namespace returned by `__prepare__` (the body's argument).
    pub(crate) ns: Option<ValueId>,
    /// In a class body: its own cell (`__class__`, for methods' zero-argument `super()`),
    /// by name.
    pub(crate) class_cells: HashMap<String, VarId>,
    /// In a class body: the free variables it reads or passes through to methods, by name.
    /// Kept apart from `class_cells` because a class body can have both a `__class__` cell
    /// (its methods' implicit one) and a free `__class__` (an enclosing class's, which the
    /// body itself reads or, with `nonlocal`, assigns).
    pub(crate) class_frees: HashMap<String, VarId>,
    /// `co_names`: global and attribute names the code uses, in order of first use
    /// (`inspect.getclosurevars` reads them).
    pub(crate) names_used: Vec<String>,
    /// The members of `names_used`.
    names_seen: std::collections::HashSet<String>,
    /// `co_argcount`: the positional parameters (the first of which zero-argument `super()`
    /// uses).
    pub(crate) argcount: u32,
}

impl<'a> FnCx<'a> {
    /// Starts a function: creates entry and unwind blocks and the globals value.
    pub(crate) fn new(m: &mut ModuleCx<'a>, scope_id: ScopeId, kind: FunctionKind) -> Self {
        let scope = m.scopes.get(scope_id);
        let name_const = m.consts.str(&scope.name);
        let mut f = Function::new(&scope.name, &scope.qualname, kind, name_const);
        let unwind_block = f.create_block();
        f.blocks[unwind_block].cold = true;
        f.terminate(unwind_block, Terminator::Unwind, Loc::default());
        let entry = f.entry;
        let globals = f
            .append(entry, Op::Globals, None, Loc::default())
            .expect("globals value");
        let builtins = f
            .append(entry, Op::Builtins, None, Loc::default())
            .expect("builtins value");
        FnCx {
            f,
            scope,
            block: entry,
            handler: unwind_block,
            loc: Loc { line: 1, col: 0 },
            names: HashMap::new(),
            globals,
            builtins,
            unwinds: Vec::new(),
            loops: Vec::new(),
            temp_count: 0,
            locals_var: None,
            local_order: Vec::new(),
            iter_vars: Vec::new(),
            pending_returns: Vec::new(),
            ns: None,
            class_cells: HashMap::new(),
            class_frees: HashMap::new(),
            names_used: Vec::new(),
            names_seen: std::collections::HashSet::new(),
            argcount: 0,
        }
    }

    /// Decides how each symbol of the scope is accessed, creating variables.
    pub(crate) fn bind_names(&mut self) {
        if self.scope.kind == ScopeKind::Class {
            self.bind_class_names();
            return;
        }
        for sym in &self.scope.symbols {
            let access = match sym.scope {
                SymbolScope::Local if self.f.kind != FunctionKind::Module => {
                    NameAccess::Local(self.f.create_var(&sym.name, VarKind::Local))
                }
                SymbolScope::Cell => NameAccess::Cell {
                    var: self.f.create_var(&sym.name, VarKind::Cell),
                    free: false,
                },
                SymbolScope::Free => NameAccess::Cell {
                    var: self.f.create_var(&sym.name, VarKind::Free),
                    free: true,
                },
                _ => NameAccess::Global,
            };
            self.names.insert(sym.name.clone(), access);
        }
    }

    /// A class body's names, as CPython 3.11's compiler resolves them there: bound and
    /// implicitly global names go through the namespace, free variables are read namespace
    /// first, explicit globals are globals. Cells for inner scopes live in `class_cells` and
    /// `class_frees`.
    fn bind_class_names(&mut self) {
        for name in &self.scope.cellvars {
            let var = self.f.create_var(name, VarKind::Cell);
            self.class_cells.insert(name.clone(), var);
        }
        for name in &self.scope.freevars {
            let var = self.f.create_var(name, VarKind::Free);
            self.class_frees.insert(name.clone(), var);
        }
        for sym in &self.scope.symbols {
            let access = match sym.scope {
                SymbolScope::GlobalExplicit => NameAccess::Global,
                SymbolScope::Free => match self.class_frees.get(&sym.name) {
                    Some(&var) => NameAccess::ClassFree { var },
                    None => NameAccess::ClassNs,
                },
                _ => NameAccess::ClassNs,
            };
            self.names.insert(sym.name.clone(), access);
        }
    }

    /// How a name is accessed here (unknown names are globals, or namespace names in a
    /// class body). `name` is as the scope stores it: mangled ([`Scope::mangle`]).
    pub(crate) fn access(&self, name: &str) -> NameAccess {
        let default = if self.scope.kind == ScopeKind::Class {
            NameAccess::ClassNs
        } else {
            NameAccess::Global
        };
        self.names.get(name).copied().unwrap_or(default)
    }

    /// The variable holding the cell an inner scope captures as `name` (its free variable).
    /// In a class body a method's `__class__` is the class's own cell, as in CPython.
    pub(crate) fn cell_for_closure(&self, name: &str) -> Option<VarId> {
        if let Some(&var) = self.class_cells.get(name) {
            return Some(var);
        }
        self.free_var(name)
    }

    /// The variable holding this scope's own free variable `name` (the cell its closure
    /// passes in).
    pub(crate) fn free_var(&self, name: &str) -> Option<VarId> {
        if let Some(&var) = self.class_frees.get(name) {
            return Some(var);
        }
        match self.names.get(name) {
            Some(NameAccess::Cell { var, .. }) => Some(*var),
            _ => None,
        }
    }

    /// An attribute name as a `str` constant, mangled inside a class (`self.__x` in class `C`
    /// is `self._C__x`).
    pub(crate) fn attr_const(&mut self, m: &mut ModuleCx<'_>, name: &str) -> ValueId {
        let mangled = self.scope.mangle(name);
        self.note_name(&mangled);
        self.str_const(m, &mangled)
    }

    /// Records a global or attribute name for `co_names`.
    pub(crate) fn note_name(&mut self, name: &str) {
        if !self.names_seen.contains(name) {
            self.names_seen.insert(name.to_string());
            self.names_used.push(name.to_string());
        }
    }

    /// How a (mangled) name is accessed, recording the first use of each fast local.
    pub(crate) fn use_name(&mut self, name: &str) -> NameAccess {
        let access = self.access(name);
        if matches!(access, NameAccess::Local(_)) && !self.local_order.iter().any(|n| n == name) {
            self.local_order.push(name.to_string());
        }
        if matches!(access, NameAccess::Global | NameAccess::ClassNs) {
            self.note_name(name);
        }
        access
    }

    /// A new hidden temporary variable.
    pub(crate) fn temp_var(&mut self, what: &str) -> VarId {
        self.temp_count += 1;
        let name = format!("${what}{}", self.temp_count);
        self.f.create_var(&name, VarKind::Temp)
    }

    /// A new empty block.
    pub(crate) fn new_block(&mut self) -> BlockId {
        self.f.create_block()
    }

    /// A new block marked cold (exception paths).
    pub(crate) fn new_cold_block(&mut self) -> BlockId {
        let b = self.f.create_block();
        self.f.blocks[b].cold = true;
        b
    }

    /// Whether the current block already ended.
    pub(crate) fn is_terminated(&self) -> bool {
        self.f.blocks[self.block].term != Terminator::None
    }

    /// Ends the current block and continues in `next`.
    pub(crate) fn terminate(&mut self, term: Terminator) {
        if !self.is_terminated() {
            self.f.terminate(self.block, term, self.loc);
        }
    }

    /// Continues emitting into `b` (the current block must be terminated).
    pub(crate) fn switch_to(&mut self, b: BlockId) {
        debug_assert!(self.is_terminated(), "switching away from an open block");
        self.block = b;
    }

    /// Jumps to `target` (if the current block is still open) and continues in `next`.
    pub(crate) fn jump_and_switch(&mut self, target: BlockId, next: BlockId) {
        self.terminate(Terminator::Jump(target));
        self.switch_to(next);
    }

    /// After code that never falls through: continue in a fresh (unreachable) block.
    pub(crate) fn start_dead_block(&mut self) {
        let b = self.new_block();
        self.block = b;
    }

    /// Appends an operation at the current position, with the current handler as its error
    /// edge when it can fail. An op that always raises ends the block.
    pub(crate) fn emit(&mut self, op: Op) -> Option<ValueId> {
        let err = op.can_fail().then_some(self.handler);
        let raises = op.always_raises();
        let v = self.f.append(self.block, op, err, self.loc);
        if raises {
            self.f
                .terminate(self.block, Terminator::Unreachable, self.loc);
            self.start_dead_block();
        }
        v
    }

    /// Emits an op that defines a value.
    pub(crate) fn value(&mut self, op: Op) -> ValueId {
        self.emit(op).expect("operation defines a value")
    }

    /// Calls a runtime helper that defines a value.
    pub(crate) fn call(&mut self, func: RtFunc, args: Vec<ValueId>) -> ValueId {
        self.value(Op::Call { func, args })
    }

    /// Calls a runtime helper for its effect.
    pub(crate) fn call_void(&mut self, func: RtFunc, args: Vec<ValueId>) {
        self.emit(Op::Call { func, args });
    }

    /// A constant's value.
    pub(crate) fn constant(&mut self, id: ConstId) -> ValueId {
        self.value(Op::Const(id))
    }

    /// An `i64` immediate.
    pub(crate) fn int(&mut self, i: i64) -> ValueId {
        self.value(Op::IntConst(i))
    }

    /// A `NULL` object.
    pub(crate) fn null(&mut self) -> ValueId {
        self.value(Op::Null)
    }

    /// Stores into a variable.
    pub(crate) fn store_var(&mut self, var: VarId, value: ValueId) {
        self.emit(Op::StoreVar { var, value });
    }

    /// Unbinds a variable.
    pub(crate) fn clear_var(&mut self, var: VarId) {
        let n = self.null();
        self.store_var(var, n);
    }

    /// Reads a variable without an unbound check.
    pub(crate) fn load_var(&mut self, var: VarId) -> ValueId {
        self.value(Op::LoadVar { var, unbound: None })
    }

    /// Moves a temporary's value out, unbinding the temporary.
    pub(crate) fn take_var(&mut self, var: VarId) -> ValueId {
        let v = self.load_var(var);
        self.clear_var(var);
        v
    }

    /// A `Bool` truth test of an object.
    pub(crate) fn is_true(&mut self, v: ValueId) -> ValueId {
        self.call(RtFunc::IsTrue, vec![v])
    }

    /// Branches on a `Bool`.
    pub(crate) fn branch(&mut self, cond: ValueId, then_block: BlockId, else_block: BlockId) {
        self.terminate(Terminator::Branch {
            cond,
            then_block,
            else_block,
        });
    }

    /// The `None` constant.
    pub(crate) fn none(&mut self, m: &mut ModuleCx<'_>) -> ValueId {
        let k = m.consts.intern(Constant::None);
        self.constant(k)
    }

    /// A `str` constant.
    pub(crate) fn str_const(&mut self, m: &mut ModuleCx<'_>, s: &str) -> ValueId {
        let k = m.consts.str(s);
        self.constant(k)
    }
}
