//! The table of runtime helpers that generated code calls.
//!
//! Every row is one `extern "C"` function exported by `runtime/` (heron-runtime) under the
//! `heron_rt_` prefix. Codegen lowers [`crate::Op::Call`] by looking the row up here: it passes
//! the fixed arguments as machine values, then (for variadic rows) a pointer to a stack array of
//! the remaining `Object` arguments and their count, and checks the result according to the
//! row's [`ErrorKind`]. A test in `runtime/` checks that every symbol named here is exported.
//!
//! Conventions, as in CPython's C API: object arguments are *borrowed*; an `Object` result is a
//! *new* reference unless the row says [`RetKind::BorrowedObject`]; errors are signalled by
//! `NULL`/`-1` with a Python exception set.

use std::fmt;

/// What a helper returns.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RetKind {
    /// Nothing.
    Void,
    /// A new reference (`PyObject*`).
    Object,
    /// A borrowed reference (`PyObject*`).
    BorrowedObject,
    /// A C `int` used as a truth value: 0 or 1 (and -1 for an error under [`ErrorKind::NegOne`]).
    Bool,
    /// An `i64`.
    Int,
}

/// How a helper signals an exception.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// It cannot fail.
    Never,
    /// A `NULL` result means an exception is set.
    Null,
    /// A `NULL` result means "no value"; it is an error only if `PyErr_Occurred()` (used by
    /// iteration: exhaustion is `NULL` without an exception). The IR value may then be `NULL`.
    NullIfErr,
    /// A C `int` result of `-1` means an exception is set.
    NegOne,
    /// It always raises; control never continues after the call.
    Always,
}

/// The type of one fixed parameter of a helper.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Param {
    /// A borrowed `PyObject*` (may be `NULL` where the helper documents it).
    Object,
    /// An `i64` immediate.
    Int,
}

/// The signature and conventions of one runtime helper.
#[derive(Copy, Clone, Debug)]
pub struct RtSig {
    /// The exported symbol.
    pub symbol: &'static str,
    /// The fixed parameters.
    pub params: &'static [Param],
    /// Whether `(PyObject *const *items, i64 count)` follows the fixed parameters.
    pub variadic: bool,
    /// The return convention.
    pub ret: RetKind,
    /// The error convention.
    pub error: ErrorKind,
    /// Whether an exception leaving this call adds a traceback entry for the current frame.
    /// Everything does except re-raising (`raise` with no argument, end of `finally`).
    pub adds_traceback: bool,
    /// Whether each call site gets its own [`crate::abi::SITE_CACHE_SIZE`]-byte cache (global
    /// loads, attribute access, method calls), passed after all other arguments.
    pub site_cache: bool,
}

/// A binary operator (`a + b`, `a += b`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    /// All binary operators.
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::BitOr,
        BinOp::BitXor,
        BinOp::BitAnd,
    ];
    /// The lower-case name used in symbols (`add` → `heron_rt_add`).
    pub fn name(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::MatMul => "matmul",
            BinOp::TrueDiv => "truediv",
            BinOp::FloorDiv => "floordiv",
            BinOp::Mod => "mod",
            BinOp::Pow => "pow",
            BinOp::LShift => "lshift",
            BinOp::RShift => "rshift",
            BinOp::BitOr => "or",
            BinOp::BitXor => "xor",
            BinOp::BitAnd => "and",
        }
    }
}

/// Which operands of [`RtFunc::BinaryConsuming`] the helper takes over.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Consume {
    /// The left operand.
    Left,
    /// The right operand.
    Right,
    /// Both operands.
    Both,
}

impl Consume {
    /// Whether operand `index` (0 or 1) is taken over.
    pub fn consumes(self, index: usize) -> bool {
        matches!(
            (self, index),
            (Consume::Left | Consume::Both, 0) | (Consume::Right | Consume::Both, 1)
        )
    }
    /// The helper's flag bits: 1 for the left operand, 2 for the right.
    pub fn flags(self) -> i64 {
        match self {
            Consume::Left => 1,
            Consume::Right => 2,
            Consume::Both => 3,
        }
    }
}

impl BinOp {
    /// The index of the operator in [`BinOp::ALL`].
    pub fn index(self) -> usize {
        BinOp::ALL.iter().position(|&o| o == self).expect("in ALL")
    }
}

/// A unary operator (`-a`, `+a`, `~a`). `not` is lowered through truth testing.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
}

/// A rich comparison operator.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// All comparison operators.
    pub const ALL: [CmpOp; 6] = [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
    ];
    /// The name used in symbols.
    pub fn name(self) -> &'static str {
        match self {
            CmpOp::Lt => "lt",
            CmpOp::Le => "le",
            CmpOp::Eq => "eq",
            CmpOp::Ne => "ne",
            CmpOp::Gt => "gt",
            CmpOp::Ge => "ge",
        }
    }
}

/// Which builtin a [`RtFunc::CallIntrospect`] call site may be calling. These builtins read the
/// caller's frame in CPython; compiled code passes its namespaces explicitly instead.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum IntrospectKind {
    Globals = 0,
    Locals = 1,
    Vars = 2,
    Dir = 3,
    Eval = 4,
    Exec = 5,
}

impl IntrospectKind {
    /// The builtin's name.
    pub fn name(self) -> &'static str {
        match self {
            IntrospectKind::Globals => "globals",
            IntrospectKind::Locals => "locals",
            IntrospectKind::Vars => "vars",
            IntrospectKind::Dir => "dir",
            IntrospectKind::Eval => "eval",
            IntrospectKind::Exec => "exec",
        }
    }
    /// Looks a builtin name up.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "globals" => IntrospectKind::Globals,
            "locals" => IntrospectKind::Locals,
            "vars" => IntrospectKind::Vars,
            "dir" => IntrospectKind::Dir,
            "eval" => IntrospectKind::Eval,
            "exec" => IntrospectKind::Exec,
            _ => return None,
        })
    }
}

/// A runtime helper. See the module documentation for conventions; [`RtFunc::sig`] gives the
/// row. The doc of each variant lists its fixed arguments, then `...` for variadic ones.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum RtFunc {
    /// `(a, b)` → `a <op> b`.
    Binary(BinOp),
    /// `(a, b)` → `a <op>= b` (in-place protocol).
    InplaceBinary(BinOp),
    /// `(a, b, op_index, flags)` → `a <op> b` (`a <op>= b` if `inplace`), taking over the
    /// caller's references to the operands `consume` names (temporaries that die here), so
    /// that a `float` result can reuse a dying `float` operand instead of allocating. Only
    /// heron-opt's refcount pass writes it; `op_index` indexes [`BinOp::ALL`] and `flags` is
    /// [`Consume::flags`] (plus 4 for `inplace`).
    BinaryConsuming {
        /// The operator.
        op: BinOp,
        /// The in-place form.
        inplace: bool,
        /// Which operands' references are handed over.
        consume: Consume,
    },
    /// `(a)` → `<op> a`.
    Unary(UnaryOp),
    /// `(a, b)` → `a <op> b` as an object.
    Compare(CmpOp),
    /// `(a, b)` → truth of `a <op> b` (a comparison used as a condition).
    CompareBool(CmpOp),
    /// `(item, container)` → `item in container`.
    Contains,
    /// `(a)` → `bool(a)`.
    IsTrue,
    /// `(obj, name)` → `obj.name`.
    GetAttr,
    /// `(obj, name, value)` → `obj.name = value`.
    SetAttr,
    /// `(obj, name)` → `del obj.name`.
    DelAttr,
    /// `(obj, key)` → `obj[key]`.
    GetItem,
    /// `(obj, key, value)` → `obj[key] = value`.
    SetItem,
    /// `(obj, key)` → `del obj[key]`.
    DelItem,
    /// `(start, stop, step)` → `slice(start, stop, step)`; `NULL` arguments mean `None`.
    BuildSlice,
    /// `(...)` → a tuple of the items.
    BuildTuple,
    /// `(...)` → a list of the items.
    BuildList,
    /// `(...)` → a set of the items.
    BuildSet,
    /// `(...)` → a dict from alternating keys and values.
    BuildDict,
    /// `(...)` → the concatenation of the given `str`s (f-strings).
    BuildString,
    /// `(list, item)` → `list.append(item)`.
    ListAppend,
    /// `(list, iterable)` → `list.extend(iterable)` (`[*a]`; CPython's error text for
    /// non-iterables).
    ListExtend,
    /// `(list)` → `tuple(list)`.
    ListToTuple,
    /// `(obj)` → a new reference to `obj`: an argument passed with the reference CPython's
    /// value stack would hold (`sys.getrefcount(x)` counts it).
    NewRef,
    /// `(set, item)` → `set.add(item)`.
    SetAdd,
    /// `(set, iterable)` → `set.update(iterable)`.
    SetUpdate,
    /// `(dict, key, value)` → `dict[key] = value`.
    DictSetItem,
    /// `(dict, mapping)` → `{**mapping}` semantics (`'X' object is not a mapping`).
    DictUpdate,
    /// `(dict, mapping, callee)` → merge `**mapping` into call keywords, with CPython's errors
    /// for non-mappings and repeated keywords.
    DictMerge,
    /// `(value, conversion, spec)` → `format(conv(value), spec)`; conversion is `'s'`, `'r'`,
    /// `'a'` or -1 for none; `spec` may be `NULL`.
    FormatValue,
    /// `(callee, ...)` → `callee(*items)` (vectorcall).
    Call,
    /// `(callee, kwnames, ...)` → `callee(*items)` with the last `len(kwnames)` items passed by
    /// keyword.
    CallKw,
    /// `(name, ...)` → `items[0].name(*items[1:])` without creating a bound method when
    /// possible.
    CallMethod,
    /// `(name, kwnames, ...)` → as `CallMethod`, with keywords as in `CallKw`.
    CallMethodKw,
    /// `(callee, args_tuple, kwargs_dict_or_NULL)` → `callee(*args, **kwargs)`.
    CallEx,
    /// `(kind, callee, globals, locals_or_NULL, ...)` → if `callee` is the builtin named by
    /// `kind` (an [`IntrospectKind`]), runs it against the given namespaces (as CPython does
    /// with the caller's frame); otherwise an ordinary call.
    CallIntrospect,
    /// `(obj)` → `iter(obj)`.
    GetIter,
    /// `(value)` → the delegate of `yield from value` (CPython's `GET_YIELD_FROM_ITER`: a
    /// generator as is, anything else through `iter()`).
    GetYieldFromIter,
    /// `(value, context)` → the iterator `await value` delegates to (`GET_AWAITABLE`;
    /// `context` 1/2: the result of `__aenter__`/`__aexit__`, for the error message).
    GetAwaitable,
    /// `(mgr)` → `(mgr.__aexit__ bound, mgr.__aenter__())` as a 2-tuple (`BEFORE_ASYNC_WITH`).
    AsyncWithEnter,
    /// `(iterable)` → `type(iterable).__aiter__(iterable)` (`GET_AITER`).
    GetAIter,
    /// `(aiter)` → the iterator to await for the next item (`GET_ANEXT`: the awaitable
    /// `__anext__()` returned, through `GetAwaitable`).
    GetANext,
    /// `()` → whether the raised exception is `StopAsyncIteration` (then cleared: the
    /// `async for` loop ends); otherwise it stays raised.
    AsyncForStop,
    /// `()` → continues unwinding with the exception already raised.
    ErrorPending,
    /// `(iterator)` → the next item, or `NULL` without an exception when exhausted.
    IterNext,
    /// `(seq, n)` → exactly `n` items unpacked from `seq`, with CPython's errors: `seq` itself
    /// if it is an exact tuple or list of length `n`, else a new tuple. The caller must read
    /// all items ([`RtFunc::TupleGetItem`]) before running any other code.
    UnpackSequence,
    /// `(seq, before, after)` → a tuple `(*before_items, list_of_rest, *after_items)`.
    UnpackEx,
    /// `(seq, index)` → `seq[index]` of an exact tuple or list, borrowed; the index is known to
    /// be in range.
    TupleGetItem,
    /// `(globals, name)` → value of a global or builtin name (`NameError` if neither).
    LoadGlobal,
    /// `(globals, name, value)` → `globals[name] = value`.
    StoreGlobal,
    /// `(globals, name)` → `del globals[name]` (`NameError` if absent).
    DelGlobal,
    /// `(initial_or_NULL)` → a new cell.
    NewCell,
    /// `(cell, name)` → the cell's contents, or `UnboundLocalError` naming a local.
    CellGet,
    /// `(cell, name)` → the cell's contents, or `NameError` naming a free variable.
    CellGetFree,
    /// `(cell, value_or_NULL)` → sets (or clears) the cell.
    CellSet,
    /// `(cell, name)` → clears the cell, `UnboundLocalError` if already empty.
    CellDel,
    /// `(dict, name, value_or_NULL)` → `dict[name] = value`, or removes `name` if `NULL`
    /// (refreshes the `locals()` snapshot).
    LocalsSet,
    /// `(dict, name, cell)` → as `LocalsSet` with the cell's contents.
    LocalsSetCell,
    /// `(exc, cause_or_NULL)` → `raise exc from cause`; `cause` `NULL` means no `from`.
    Raise,
    /// `(exc)` → re-raises `exc` with its traceback, adding no entry (bare `raise`).
    Reraise,
    /// `()` → re-raises the exception being handled (`raise` with no argument), or
    /// `RuntimeError: No active exception to reraise`.
    ReraiseHandled,
    /// `()` → takes the exception being raised (normalized, traceback attached) out of the
    /// thread state; never fails.
    FetchException,
    /// `()` → the exception being handled (`sys.exception()`), or `None`.
    GetHandledException,
    /// `(exc_or_None)` → sets the exception being handled.
    SetHandledException,
    /// `(exc, type)` → `isinstance(exc, type)` for `except type:`, with CPython's `TypeError` for
    /// non-exception classes.
    ExceptionMatches,
    /// `(exc_or_None, type)` → `(match, rest)` for `except* type:` (`CHECK_EG_MATCH`):
    /// `match` is `None` when nothing matched.
    ExceptStarMatch,
    /// `(orig, raised_list, rest)` → the exception to raise at the end of `try`/`except*`
    /// (`PREP_RERAISE_STAR`), or `None`.
    PrepReraiseStar,
    /// `(message_or_NULL)` → raises `AssertionError` (never the builtins' name).
    AssertFail,
    /// `(mgr)` → `(mgr.__exit__ bound, mgr.__enter__())` as a 2-tuple.
    WithEnter,
    /// `(exit, exc_or_NULL)` → `exit(None, None, None)` or `exit(type(exc), exc, tb)`.
    WithExit,
    /// `(name, fromlist, level, globals)` → `__import__(name, globals, None, fromlist, level)`.
    ImportName,
    /// `(module, name)` → `from module import name`, with CPython's fallbacks and errors.
    ImportFrom,
    /// `(module, globals)` → `from module import *`.
    ImportStar,
    /// `(globals)` → ensures `__annotations__` exists in the module namespace.
    SetupAnnotations,
    /// `(spec, globals, defaults, kwdefaults, annotations, closure)` with the body pointer
    /// supplied by codegen; see [`crate::Op::MakeFunction`].
    MakeFunction,
    /// `()` → services pending signals and lets other threads take the GIL; run on loop
    /// back-edges, counted down so that it is cheap.
    Periodic,
    /// `(name)` → raises `UnboundLocalError` for a local read before assignment.
    RaiseUnboundLocal,
    /// `(body, name, bases, keywords_or_NULL)` → the class, as `__build_class__(body, name,
    /// *bases, **keywords)` does it (`__mro_entries__`, metaclass, `__prepare__`, the class
    /// cell check); `body` is the compiled class body, called with the namespace. `keywords`
    /// is a fresh dict the helper may change.
    BuildClass,
    /// `(namespace, globals, name)` → a class-body name: the namespace, then globals, then
    /// builtins (`LOAD_NAME`).
    LoadName,
    /// `(namespace, cell, name)` → a class body's free variable: the namespace, then the cell
    /// (`LOAD_CLASSDEREF`).
    LoadClassDeref,
    /// `(namespace, name, value)` → `namespace[name] = value` (`STORE_NAME`).
    StoreName,
    /// `(namespace, name)` → `del namespace[name]`, `NameError` if absent (`DELETE_NAME`).
    DelName,
    /// `(callee, class_cell_or_NULL, first, mode)` → `super()` with no arguments: if `callee`
    /// is `super`, `super(cell contents, first argument)` with CPython's `RuntimeError`s;
    /// else `callee()`. `mode` says what `first` is: 0 none (no positional parameters), 1 the
    /// first parameter's value (`NULL` if deleted), 2 the cell holding it.
    SuperZeroArg,
    /// `(subject)` → whether a sequence pattern may match (`Py_TPFLAGS_SEQUENCE`; never
    /// fails).
    MatchSequence,
    /// `(subject)` → whether a mapping pattern may match (`Py_TPFLAGS_MAPPING`; never fails).
    MatchMapping,
    /// `(subject, n, at_least)` → `len(subject) == n`, or `>= n` if `at_least` is 1.
    MatchLength,
    /// `(subject, k)` → `subject[len(subject) - k]` (items after a `*_`).
    MatchItemFromEnd,
    /// `(subject, keys)` → the tuple of `subject.get(key, <missing>)` for each key, or `NULL`
    /// without an exception if one is missing (`MATCH_KEYS`; `ValueError` for a repeated key).
    MatchKeys,
    /// `(subject, keys)` → `dict(subject)` without `keys` (`**rest`).
    MatchRest,
    /// `(subject, cls, nargs, kwnames)` → the tuple of attributes a class pattern matches
    /// against, or `NULL` without an exception if `subject` is not an instance or lacks one
    /// (`MATCH_CLASS`, with its `TypeError`s).
    MatchClass,
}

const O: Param = Param::Object;
const I: Param = Param::Int;

impl RtFunc {
    /// The table row: symbol, parameters and conventions.
    pub fn sig(self) -> RtSig {
        use ErrorKind as E;
        use RetKind as R;
        let row = |symbol: &'static str, params: &'static [Param], variadic, ret, error| RtSig {
            symbol,
            params,
            variadic,
            ret,
            error,
            adds_traceback: true,
            site_cache: false,
        };
        let cached = |sig: RtSig| RtSig {
            site_cache: true,
            ..sig
        };
        match self {
            RtFunc::Binary(op) => row(binary_symbol(op), &[O, O], false, R::Object, E::Null),
            RtFunc::InplaceBinary(op) => {
                row(inplace_symbol(op), &[O, O], false, R::Object, E::Null)
            }
            RtFunc::BinaryConsuming { .. } => row(
                "heron_rt_binary_consuming",
                &[O, O, I, I],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::Unary(op) => row(
                match op {
                    UnaryOp::Neg => "heron_rt_neg",
                    UnaryOp::Pos => "heron_rt_pos",
                    UnaryOp::Invert => "heron_rt_invert",
                },
                &[O],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::Compare(op) => row(compare_symbol(op), &[O, O], false, R::Object, E::Null),
            RtFunc::CompareBool(op) => {
                row(compare_bool_symbol(op), &[O, O], false, R::Bool, E::NegOne)
            }
            RtFunc::Contains => row("heron_rt_contains", &[O, O], false, R::Bool, E::NegOne),
            RtFunc::IsTrue => row("heron_rt_is_true", &[O], false, R::Bool, E::NegOne),
            RtFunc::GetAttr => cached(row(
                "heron_rt_getattr_cached",
                &[O, O],
                false,
                R::Object,
                E::Null,
            )),
            RtFunc::SetAttr => cached(row(
                "heron_rt_setattr_cached",
                &[O, O, O],
                false,
                R::Bool,
                E::NegOne,
            )),
            RtFunc::DelAttr => row("heron_rt_delattr", &[O, O], false, R::Bool, E::NegOne),
            RtFunc::GetItem => row("heron_rt_getitem", &[O, O], false, R::Object, E::Null),
            RtFunc::SetItem => row("heron_rt_setitem", &[O, O, O], false, R::Bool, E::NegOne),
            RtFunc::DelItem => row("heron_rt_delitem", &[O, O], false, R::Bool, E::NegOne),
            RtFunc::BuildSlice => row(
                "heron_rt_build_slice",
                &[O, O, O],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::BuildTuple => row("heron_rt_build_tuple", &[], true, R::Object, E::Null),
            RtFunc::BuildList => row("heron_rt_build_list", &[], true, R::Object, E::Null),
            RtFunc::BuildSet => row("heron_rt_build_set", &[], true, R::Object, E::Null),
            RtFunc::BuildDict => row("heron_rt_build_dict", &[], true, R::Object, E::Null),
            RtFunc::BuildString => row("heron_rt_build_string", &[], true, R::Object, E::Null),
            RtFunc::ListAppend => row("heron_rt_list_append", &[O, O], false, R::Bool, E::NegOne),
            RtFunc::ListExtend => row("heron_rt_list_extend", &[O, O], false, R::Bool, E::NegOne),
            RtFunc::ListToTuple => row("heron_rt_list_to_tuple", &[O], false, R::Object, E::Null),
            RtFunc::NewRef => row("heron_rt_new_ref", &[O], false, R::Object, E::Never),
            RtFunc::SetAdd => row("heron_rt_set_add", &[O, O], false, R::Bool, E::NegOne),
            RtFunc::SetUpdate => row("heron_rt_set_update", &[O, O], false, R::Bool, E::NegOne),
            RtFunc::DictSetItem => row(
                "heron_rt_dict_setitem",
                &[O, O, O],
                false,
                R::Bool,
                E::NegOne,
            ),
            RtFunc::DictUpdate => row("heron_rt_dict_update", &[O, O], false, R::Bool, E::NegOne),
            RtFunc::DictMerge => row("heron_rt_dict_merge", &[O, O, O], false, R::Bool, E::NegOne),
            RtFunc::FormatValue => row(
                "heron_rt_format_value",
                &[O, I, O],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::Call => row("heron_rt_call", &[O], true, R::Object, E::Null),
            RtFunc::CallKw => row("heron_rt_call_kw", &[O, O], true, R::Object, E::Null),
            RtFunc::CallMethod => cached(row(
                "heron_rt_call_method_cached",
                &[O],
                true,
                R::Object,
                E::Null,
            )),
            RtFunc::CallMethodKw => cached(row(
                "heron_rt_call_method_kw_cached",
                &[O, O],
                true,
                R::Object,
                E::Null,
            )),
            RtFunc::CallEx => row("heron_rt_call_ex", &[O, O, O], false, R::Object, E::Null),
            RtFunc::CallIntrospect => row(
                "heron_rt_call_introspect",
                &[I, O, O, O],
                true,
                R::Object,
                E::Null,
            ),
            RtFunc::GetIter => row("heron_rt_get_iter", &[O], false, R::Object, E::Null),
            RtFunc::GetAwaitable => {
                row("heron_rt_get_awaitable", &[O, I], false, R::Object, E::Null)
            }
            RtFunc::AsyncWithEnter => {
                row("heron_rt_async_with_enter", &[O], false, R::Object, E::Null)
            }
            RtFunc::GetAIter => row("heron_rt_get_aiter", &[O], false, R::Object, E::Null),
            RtFunc::GetANext => row("heron_rt_get_anext", &[O], false, R::Object, E::Null),
            RtFunc::AsyncForStop => row("heron_rt_async_for_stop", &[], false, R::Bool, E::Never),
            RtFunc::ErrorPending => RtSig {
                adds_traceback: false,
                ..row("heron_rt_error_pending", &[], false, R::Void, E::Always)
            },
            RtFunc::GetYieldFromIter => row(
                "heron_rt_get_yield_from_iter",
                &[O],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::IterNext => row("heron_rt_iter_next", &[O], false, R::Object, E::NullIfErr),
            RtFunc::UnpackSequence => row(
                "heron_rt_unpack_sequence",
                &[O, I],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::UnpackEx => row("heron_rt_unpack_ex", &[O, I, I], false, R::Object, E::Null),
            RtFunc::TupleGetItem => row(
                "heron_rt_tuple_get_item",
                &[O, I],
                false,
                R::BorrowedObject,
                E::Never,
            ),
            RtFunc::LoadGlobal => cached(row(
                "heron_rt_load_global_cached",
                &[O, O, O],
                false,
                R::Object,
                E::Null,
            )),
            RtFunc::StoreGlobal => row(
                "heron_rt_store_global",
                &[O, O, O],
                false,
                R::Bool,
                E::NegOne,
            ),
            RtFunc::DelGlobal => row("heron_rt_del_global", &[O, O], false, R::Bool, E::NegOne),
            RtFunc::NewCell => row("heron_rt_new_cell", &[O], false, R::Object, E::Null),
            RtFunc::CellGet => row("heron_rt_cell_get", &[O, O], false, R::Object, E::Null),
            RtFunc::CellGetFree => {
                row("heron_rt_cell_get_free", &[O, O], false, R::Object, E::Null)
            }
            RtFunc::CellSet => row("heron_rt_cell_set", &[O, O], false, R::Void, E::Never),
            RtFunc::CellDel => row("heron_rt_cell_del", &[O, O], false, R::Bool, E::NegOne),
            RtFunc::LocalsSet => row("heron_rt_locals_set", &[O, O, O], false, R::Bool, E::NegOne),
            RtFunc::LocalsSetCell => row(
                "heron_rt_locals_set_cell",
                &[O, O, O],
                false,
                R::Bool,
                E::NegOne,
            ),
            RtFunc::Raise => row("heron_rt_raise", &[O, O], false, R::Void, E::Always),
            RtFunc::Reraise => RtSig {
                adds_traceback: false,
                ..row("heron_rt_reraise", &[O], false, R::Void, E::Always)
            },
            RtFunc::ReraiseHandled => RtSig {
                adds_traceback: false,
                ..row("heron_rt_reraise_handled", &[], false, R::Void, E::Always)
            },
            RtFunc::FetchException => {
                row("heron_rt_fetch_exception", &[], false, R::Object, E::Never)
            }
            RtFunc::GetHandledException => row(
                "heron_rt_get_handled_exception",
                &[],
                false,
                R::Object,
                E::Never,
            ),
            RtFunc::SetHandledException => row(
                "heron_rt_set_handled_exception",
                &[O],
                false,
                R::Void,
                E::Never,
            ),
            RtFunc::ExceptionMatches => row(
                "heron_rt_exception_matches",
                &[O, O],
                false,
                R::Bool,
                E::NegOne,
            ),
            RtFunc::ExceptStarMatch => row(
                "heron_rt_except_star_match",
                &[O, O],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::PrepReraiseStar => row(
                "heron_rt_prep_reraise_star",
                &[O, O, O],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::AssertFail => row("heron_rt_assert_fail", &[O], false, R::Void, E::Always),
            RtFunc::WithEnter => row("heron_rt_with_enter", &[O], false, R::Object, E::Null),
            RtFunc::WithExit => row("heron_rt_with_exit", &[O, O], false, R::Object, E::Null),
            RtFunc::ImportName => row(
                "heron_rt_import_name",
                &[O, O, I, O],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::ImportFrom => row("heron_rt_import_from", &[O, O], false, R::Object, E::Null),
            RtFunc::ImportStar => row("heron_rt_import_star", &[O, O], false, R::Bool, E::NegOne),
            RtFunc::SetupAnnotations => row(
                "heron_rt_setup_annotations",
                &[O],
                false,
                R::Bool,
                E::NegOne,
            ),
            RtFunc::MakeFunction => row(
                "heron_rt_make_function",
                &[O, O, O, O, O, O],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::Periodic => row("heron_rt_periodic", &[], false, R::Bool, E::NegOne),
            RtFunc::RaiseUnboundLocal => row(
                "heron_rt_raise_unbound_local",
                &[O],
                false,
                R::Void,
                E::Always,
            ),
            RtFunc::BuildClass => row(
                "heron_rt_build_class",
                &[O, O, O, O],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::LoadName => row(
                "heron_rt_load_name",
                &[O, O, O, O],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::LoadClassDeref => row(
                "heron_rt_load_class_deref",
                &[O, O, O],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::StoreName => row("heron_rt_store_name", &[O, O, O], false, R::Bool, E::NegOne),
            RtFunc::DelName => row("heron_rt_del_name", &[O, O], false, R::Bool, E::NegOne),
            RtFunc::MatchSequence => row("heron_rt_match_sequence", &[O], false, R::Bool, E::Never),
            RtFunc::MatchMapping => row("heron_rt_match_mapping", &[O], false, R::Bool, E::Never),
            RtFunc::MatchLength => row(
                "heron_rt_match_length",
                &[O, I, I],
                false,
                R::Bool,
                E::NegOne,
            ),
            RtFunc::MatchItemFromEnd => row(
                "heron_rt_match_item_from_end",
                &[O, I],
                false,
                R::Object,
                E::Null,
            ),
            RtFunc::MatchKeys => row(
                "heron_rt_match_keys",
                &[O, O],
                false,
                R::Object,
                E::NullIfErr,
            ),
            RtFunc::MatchRest => row("heron_rt_match_rest", &[O, O], false, R::Object, E::Null),
            RtFunc::MatchClass => row(
                "heron_rt_match_class",
                &[O, O, I, O],
                false,
                R::Object,
                E::NullIfErr,
            ),
            RtFunc::SuperZeroArg => row(
                "heron_rt_super_zero_arg",
                &[O, O, O, I],
                false,
                R::Object,
                E::Null,
            ),
        }
    }

    /// Every helper, for the export check in `runtime/`.
    pub fn all() -> Vec<RtFunc> {
        let mut all = Vec::new();
        for op in BinOp::ALL {
            all.push(RtFunc::Binary(op));
            all.push(RtFunc::InplaceBinary(op));
        }
        all.push(RtFunc::BinaryConsuming {
            op: BinOp::Add,
            inplace: false,
            consume: Consume::Left,
        });
        for op in [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert] {
            all.push(RtFunc::Unary(op));
        }
        for op in CmpOp::ALL {
            all.push(RtFunc::Compare(op));
            all.push(RtFunc::CompareBool(op));
        }
        all.extend([
            RtFunc::Contains,
            RtFunc::IsTrue,
            RtFunc::GetAttr,
            RtFunc::SetAttr,
            RtFunc::DelAttr,
            RtFunc::GetItem,
            RtFunc::SetItem,
            RtFunc::DelItem,
            RtFunc::BuildSlice,
            RtFunc::BuildTuple,
            RtFunc::BuildList,
            RtFunc::BuildSet,
            RtFunc::BuildDict,
            RtFunc::BuildString,
            RtFunc::ListAppend,
            RtFunc::ListExtend,
            RtFunc::ListToTuple,
            RtFunc::NewRef,
            RtFunc::SetAdd,
            RtFunc::SetUpdate,
            RtFunc::DictSetItem,
            RtFunc::DictUpdate,
            RtFunc::DictMerge,
            RtFunc::FormatValue,
            RtFunc::Call,
            RtFunc::CallKw,
            RtFunc::CallMethod,
            RtFunc::CallMethodKw,
            RtFunc::CallEx,
            RtFunc::CallIntrospect,
            RtFunc::GetIter,
            RtFunc::GetYieldFromIter,
            RtFunc::GetAwaitable,
            RtFunc::AsyncWithEnter,
            RtFunc::GetAIter,
            RtFunc::GetANext,
            RtFunc::AsyncForStop,
            RtFunc::ErrorPending,
            RtFunc::IterNext,
            RtFunc::UnpackSequence,
            RtFunc::UnpackEx,
            RtFunc::TupleGetItem,
            RtFunc::LoadGlobal,
            RtFunc::StoreGlobal,
            RtFunc::DelGlobal,
            RtFunc::NewCell,
            RtFunc::CellGet,
            RtFunc::CellGetFree,
            RtFunc::CellSet,
            RtFunc::CellDel,
            RtFunc::LocalsSet,
            RtFunc::LocalsSetCell,
            RtFunc::Raise,
            RtFunc::Reraise,
            RtFunc::ReraiseHandled,
            RtFunc::FetchException,
            RtFunc::GetHandledException,
            RtFunc::SetHandledException,
            RtFunc::ExceptionMatches,
            RtFunc::ExceptStarMatch,
            RtFunc::PrepReraiseStar,
            RtFunc::AssertFail,
            RtFunc::WithEnter,
            RtFunc::WithExit,
            RtFunc::ImportName,
            RtFunc::ImportFrom,
            RtFunc::ImportStar,
            RtFunc::SetupAnnotations,
            RtFunc::MakeFunction,
            RtFunc::Periodic,
            RtFunc::RaiseUnboundLocal,
            RtFunc::BuildClass,
            RtFunc::LoadName,
            RtFunc::LoadClassDeref,
            RtFunc::StoreName,
            RtFunc::DelName,
            RtFunc::SuperZeroArg,
            RtFunc::MatchSequence,
            RtFunc::MatchMapping,
            RtFunc::MatchLength,
            RtFunc::MatchItemFromEnd,
            RtFunc::MatchKeys,
            RtFunc::MatchRest,
            RtFunc::MatchClass,
        ]);
        all
    }
}

fn binary_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "heron_rt_add",
        BinOp::Sub => "heron_rt_sub",
        BinOp::Mul => "heron_rt_mul",
        BinOp::MatMul => "heron_rt_matmul",
        BinOp::TrueDiv => "heron_rt_truediv",
        BinOp::FloorDiv => "heron_rt_floordiv",
        BinOp::Mod => "heron_rt_mod",
        BinOp::Pow => "heron_rt_pow",
        BinOp::LShift => "heron_rt_lshift",
        BinOp::RShift => "heron_rt_rshift",
        BinOp::BitOr => "heron_rt_or",
        BinOp::BitXor => "heron_rt_xor",
        BinOp::BitAnd => "heron_rt_and",
    }
}

fn inplace_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "heron_rt_inplace_add",
        BinOp::Sub => "heron_rt_inplace_sub",
        BinOp::Mul => "heron_rt_inplace_mul",
        BinOp::MatMul => "heron_rt_inplace_matmul",
        BinOp::TrueDiv => "heron_rt_inplace_truediv",
        BinOp::FloorDiv => "heron_rt_inplace_floordiv",
        BinOp::Mod => "heron_rt_inplace_mod",
        BinOp::Pow => "heron_rt_inplace_pow",
        BinOp::LShift => "heron_rt_inplace_lshift",
        BinOp::RShift => "heron_rt_inplace_rshift",
        BinOp::BitOr => "heron_rt_inplace_or",
        BinOp::BitXor => "heron_rt_inplace_xor",
        BinOp::BitAnd => "heron_rt_inplace_and",
    }
}

fn compare_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "heron_rt_compare_lt",
        CmpOp::Le => "heron_rt_compare_le",
        CmpOp::Eq => "heron_rt_compare_eq",
        CmpOp::Ne => "heron_rt_compare_ne",
        CmpOp::Gt => "heron_rt_compare_gt",
        CmpOp::Ge => "heron_rt_compare_ge",
    }
}

fn compare_bool_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "heron_rt_compare_bool_lt",
        CmpOp::Le => "heron_rt_compare_bool_le",
        CmpOp::Eq => "heron_rt_compare_bool_eq",
        CmpOp::Ne => "heron_rt_compare_bool_ne",
        CmpOp::Gt => "heron_rt_compare_bool_gt",
        CmpOp::Ge => "heron_rt_compare_bool_ge",
    }
}

impl fmt::Display for RtFunc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The operation's name: no prefix, and no `_cached` (a calling-convention detail).
        let symbol = self.sig().symbol.trim_start_matches("heron_rt_");
        f.write_str(symbol.trim_end_matches("_cached"))
    }
}
