//! Operations.

use crate::runtime_table::{ErrorKind, RetKind, RtFunc};
use crate::types::Type;
use crate::{ConstId, FuncId, ValueId, VarId};

/// Whether a value produced by an operation owns its reference.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Ownership {
    /// The value is a new reference that must be released (or handed on) exactly once.
    Owned,
    /// The value is borrowed from somewhere that keeps it alive (the constant table, the caller,
    /// a variable not rebound meanwhile).
    Borrowed,
    /// Not an object, or no result.
    NotObject,
}

/// An operation. Operands are [`ValueId`]s; the result type is given by [`Op::result_type`].
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// A module constant (borrowed from the constant table).
    Const(ConstId),
    /// The `i`-th parameter slot of a function body (borrowed from the caller).
    Arg(u32),
    /// The `i`-th parameter slot of a generator body, owned: on its first run the body takes
    /// over the generator's copies of its arguments (read once, at the start), so that
    /// rebinding a parameter releases the argument, as in CPython.
    TakeArg(u32),
    /// The module's globals dict (borrowed).
    Globals,
    /// The builtins namespace the code runs with (borrowed): a function's `__builtins__`,
    /// resolved from its globals when it was created, or the module body's, resolved when it
    /// started (CPython's frame `f_builtins`).
    Builtins,
    /// The `i`-th cell of the function's closure tuple (borrowed).
    ClosureCell(u32),
    /// A `NULL` object pointer (absent optional argument).
    Null,
    /// A `Bool` immediate.
    BoolConst(bool),
    /// An `Int` immediate.
    IntConst(i64),
    /// Reads a variable. With `unbound: Some(name)` it raises `UnboundLocalError` naming it when
    /// the variable is unbound; without, the result may be `NULL`. Borrowed: the refcount pass
    /// takes a reference when the variable may be rebound while the value is alive.
    LoadVar {
        /// The variable.
        var: VarId,
        /// The name to report if unbound (`None`: no check).
        unbound: Option<ConstId>,
    },
    /// Stores into a variable, taking ownership of `value` (which may be `NULL`, unbinding it)
    /// and releasing the previous contents.
    StoreVar {
        /// The variable.
        var: VarId,
        /// The value stored.
        value: ValueId,
    },
    /// Calls a runtime helper (see [`RtFunc`]).
    Call {
        /// The helper.
        func: RtFunc,
        /// Its arguments: fixed ones first, then variadic ones.
        args: Vec<ValueId>,
    },
    /// Creates a compiled function object for `func`:
    /// `args = [spec, globals, defaults, kwdefaults, annotations, closure]` (absent ones `Null`).
    MakeFunction {
        /// The function's body.
        func: FuncId,
        /// See above.
        args: Vec<ValueId>,
    },
    /// Identity comparison (`a is b`) → `Bool`.
    Is(ValueId, ValueId),
    /// Whether an object value is `NULL` → `Bool`.
    IsNull(ValueId),
    /// Boolean negation of a `Bool`.
    Not(ValueId),
    /// `True`/`False` object for a `Bool` (borrowed).
    BoolToObject(ValueId),
    /// Takes a new reference to an object value. Only the refcount pass inserts these.
    Incref(ValueId),
    /// Releases a reference. Only the refcount pass inserts these.
    Decref(ValueId),
    /// A suspension point of a generator or coroutine body
    /// ([`crate::FunctionKind::Generator`]): `yield value`, or `yield from` / `await` over an
    /// iterator. The result is what the body is resumed with (the value sent in, or the
    /// delegate's return value); an exception thrown in takes the error edge.
    Suspend {
        /// How the body suspends.
        kind: SuspendKind,
        /// The yielded value ([`SuspendKind::Yield`]) or the delegate
        /// ([`SuspendKind::Delegate`]); stolen either way (a suspended delegate is owned by
        /// the generator state alone, where the garbage collector sees it).
        value: ValueId,
        /// The values live across the suspension, which codegen saves in the generator object
        /// and reloads on resumption. Filled by `heron_opt::suspend` (the last pass); not
        /// operands.
        live: Vec<ValueId>,
        /// How many of `live` (the first ones) hold a reference of their own, which the
        /// generator object must report to the garbage collector and release if it is freed
        /// while suspended.
        owned: usize,
    },
}

/// What a [`Op::Suspend`] does.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SuspendKind {
    /// `yield value`: hands `value` to whoever resumed the generator.
    Yield,
    /// `yield from it` / `await`: the runtime sends to the delegate `it` until it returns;
    /// the body is resumed only with its return value or its exception.
    Delegate,
}

impl Op {
    /// The type of the result, or `None` if the operation defines no value.
    pub fn result_type(&self) -> Option<Type> {
        match self {
            Op::Const(_)
            | Op::Arg(_)
            | Op::TakeArg(_)
            | Op::Globals
            | Op::Builtins
            | Op::ClosureCell(_)
            | Op::Null
            | Op::LoadVar { .. }
            | Op::MakeFunction { .. }
            | Op::Suspend { .. }
            | Op::BoolToObject(_) => Some(Type::Object),
            Op::BoolConst(_) | Op::Is(..) | Op::IsNull(_) | Op::Not(_) => Some(Type::Bool),
            Op::IntConst(_) => Some(Type::Int),
            Op::StoreVar { .. } | Op::Incref(_) | Op::Decref(_) => None,
            Op::Call { func, .. } => match func.sig().ret {
                RetKind::Void => None,
                RetKind::Object | RetKind::BorrowedObject => Some(Type::Object),
                RetKind::Bool => Some(Type::Bool),
                RetKind::Int => Some(Type::Int),
            },
        }
    }

    /// Whether the result is a new reference.
    pub fn result_ownership(&self) -> Ownership {
        match self {
            Op::Const(_)
            | Op::Arg(_)
            | Op::Globals
            | Op::Builtins
            | Op::ClosureCell(_)
            | Op::Null
            | Op::LoadVar { .. }
            | Op::BoolToObject(_) => Ownership::Borrowed,
            Op::MakeFunction { .. } | Op::Suspend { .. } | Op::TakeArg(_) => Ownership::Owned,
            Op::Call { func, .. } => match func.sig().ret {
                RetKind::Object => Ownership::Owned,
                RetKind::BorrowedObject => Ownership::Borrowed,
                _ => Ownership::NotObject,
            },
            _ => Ownership::NotObject,
        }
    }

    /// Whether the operation can raise (and so needs an error edge).
    pub fn can_fail(&self) -> bool {
        match self {
            Op::LoadVar { unbound, .. } => unbound.is_some(),
            Op::MakeFunction { .. } | Op::Suspend { .. } => true,
            Op::Call { func, .. } => func.sig().error != ErrorKind::Never,
            _ => false,
        }
    }

    /// Whether the operation never returns normally (it always raises).
    pub fn always_raises(&self) -> bool {
        matches!(self, Op::Call { func, .. } if func.sig().error == ErrorKind::Always)
    }

    /// Whether the operation takes ownership of the given operand position.
    pub fn steals_operand(&self, index: usize) -> bool {
        match self {
            Op::StoreVar { .. } => index == 0,
            Op::Suspend { .. } => index == 0,
            Op::Call {
                func: RtFunc::BinaryConsuming { consume, .. },
                ..
            } => consume.consumes(index),
            _ => false,
        }
    }

    /// The values read, in order.
    pub fn operands(&self) -> Vec<ValueId> {
        match self {
            Op::StoreVar { value, .. } | Op::Suspend { value, .. } => vec![*value],
            Op::Call { args, .. } | Op::MakeFunction { args, .. } => args.clone(),
            Op::Is(a, b) => vec![*a, *b],
            Op::IsNull(v) | Op::Not(v) | Op::BoolToObject(v) | Op::Incref(v) | Op::Decref(v) => {
                vec![*v]
            }
            _ => vec![],
        }
    }

    /// Rewrites each operand.
    pub fn map_operands(&mut self, mut f: impl FnMut(ValueId) -> ValueId) {
        match self {
            Op::StoreVar { value, .. } | Op::Suspend { value, .. } => *value = f(*value),
            Op::Call { args, .. } | Op::MakeFunction { args, .. } => {
                for a in args {
                    *a = f(*a);
                }
            }
            Op::Is(a, b) => {
                *a = f(*a);
                *b = f(*b);
            }
            Op::IsNull(v) | Op::Not(v) | Op::BoolToObject(v) | Op::Incref(v) | Op::Decref(v) => {
                *v = f(*v);
            }
            _ => {}
        }
    }
}
