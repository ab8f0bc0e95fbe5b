//! Calls: positional and keyword calls through vectorcall, method calls that avoid creating a
//! bound method, `f(*args, **kwargs)`, and the frame-reading builtins (`globals()`, `locals()`,
//! `vars()`, `dir()`, `eval()`, `exec()`).
//!
//! Compiled functions (`heron_function`) are called through their vectorcall slot directly;
//! everything else goes through `PyObject_Vectorcall`, which picks the callee's fastest entry.
//!
//! The frame-reading builtins look at the caller's frame in CPython. Compiled code has no
//! Python frame, so a call site that may call one of them passes its namespaces explicitly
//! ([`heron_rt_call_introspect`]); if the callee really is the original builtin, the runtime
//! implements the frame-based behaviour against those namespaces, and otherwise (the name was
//! rebound) the call is an ordinary one.

use crate::containers::{is_not_iterable, merge_call_kwargs};
use crate::function::{HeronFunction, is_heron_function};
use crate::util::{Owned, args_slice, new_ref, type_error, type_name};
use pyo3_ffi::*;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

/// `callee(*args[..nargs], **dict(zip(kwnames, args[nargs..])))` through vectorcall. `args` is
/// not writable by the callee (no `PY_VECTORCALL_ARGUMENTS_OFFSET`).
#[inline(always)]
pub(crate) unsafe fn vectorcall(
    callee: *mut PyObject,
    args: *const *mut PyObject,
    nargs: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    if is_heron_function(callee)
        && let Some(f) = (*(callee as *mut HeronFunction)).vectorcall
    {
        return f(callee, args, nargs, kwnames);
    }
    if Py_TYPE(callee) == &raw mut PyType_Type
        && let Some(r) = construct(callee as *mut PyTypeObject, args, nargs, kwnames)
    {
        return r;
    }
    PyObject_Vectorcall(callee, args, nargs, kwnames)
}

/// Arguments (with `self`) that [`construct`] passes on the stack.
const CONSTRUCT_MAX_ARGS: usize = 8;

/// `cls(*args)` for a class (metatype exactly `type`) whose instances come from
/// `object.__new__` and whose `__init__` is a compiled function: what `type.__call__` does
/// (`object.__new__`, then `__init__` through the class's `tp_init` slot), minus the argument
/// tuple and the bound `__init__` it would build. `None`: not such a class, take the generic
/// call.
#[inline(never)]
unsafe fn construct(
    cls: *mut PyTypeObject,
    args: *const *mut PyObject,
    nargsf: usize,
    kwnames: *mut PyObject,
) -> Option<*mut PyObject> {
    let object_new = PyBaseObject_Type.tp_new?;
    let new = (*cls).tp_new?;
    let nargs = PyVectorcall_NARGS(nargsf) as usize;
    let (nkw, kwnames) = split_kwnames(kwnames);
    if !std::ptr::fn_addr_eq(new, object_new) || 1 + nargs + nkw > CONSTRUCT_MAX_ARGS {
        return None;
    }
    let name = crate::interned!("__init__");
    if name.is_null() {
        PyErr_Clear();
        return None;
    }
    // A compiled `__init__` first in the MRO means the class's `tp_init` is the slot that
    // looks `__init__` up and calls it with the instance.
    compiled_init(cls, name)?;
    // Calling a class counts as a C-level call of a Python object, as in
    // `_PyObject_MakeTpCall` (the recursion limit can trip here, with this message).
    let tstate = PyThreadState_Get();
    if crate::frames::enter_recursive_call(tstate, c" while calling a Python object") != 0 {
        return Some(ptr::null_mut());
    }
    let r = construct_instance(cls, object_new, name, args, nargs, nkw, kwnames);
    crate::frames::leave_recursive_call(tstate);
    Some(r)
}

/// The compiled function `cls.__init__` resolves to first in the MRO (borrowed) and its
/// entry point, if it is one.
#[inline(always)]
unsafe fn compiled_init(
    cls: *mut PyTypeObject,
    name: *mut PyObject,
) -> Option<(*mut PyObject, vectorcallfunc)> {
    let init = crate::ffi_ext::_PyType_Lookup(cls, name);
    if init.is_null() || !is_heron_function(init) {
        return None;
    }
    Some((init, (*(init as *mut HeronFunction)).vectorcall?))
}

/// [`construct`] once the class qualifies: `object.__new__`, then `__init__` — looked up
/// after the allocation, as `slot_tp_init` does (a collection during the allocation may run
/// code that changes it); if it is no longer a compiled function, through the class's
/// `tp_init` slot with an argument tuple and dict.
#[inline(always)]
unsafe fn construct_instance(
    cls: *mut PyTypeObject,
    object_new: newfunc,
    name: *mut PyObject,
    args: *const *mut PyObject,
    nargs: usize,
    nkw: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // `object.__new__` with no arguments: the abstract-class check, allocation and the
    // instance's attribute storage, exactly as `type.__call__` would get them.
    let empty = PyTuple_New(0);
    if empty.is_null() {
        return ptr::null_mut();
    }
    let obj = object_new(cls, empty, ptr::null_mut());
    Py_DECREF(empty);
    if obj.is_null() {
        return ptr::null_mut();
    }
    let Some((init, body)) = compiled_init(cls, name) else {
        return init_through_slot(cls, obj, args, nargs, nkw, kwnames);
    };
    let mut stack = [ptr::null_mut::<PyObject>(); CONSTRUCT_MAX_ARGS];
    stack[0] = obj;
    ptr::copy_nonoverlapping(args, stack.as_mut_ptr().add(1), nargs + nkw);
    // Held across the call: `__init__` may remove itself from the class.
    Py_INCREF(init);
    let r = body(init, stack.as_ptr(), nargs + 1, kwnames);
    Py_DECREF(init);
    if r.is_null() {
        Py_DECREF(obj);
        return ptr::null_mut();
    }
    let is_none = r == Py_None();
    if !is_none {
        let message = format!("__init__() should return None, not '{}'", type_name(r));
        Py_DECREF(r);
        Py_DECREF(obj);
        return crate::util::set_error(PyExc_TypeError, &message);
    }
    Py_DECREF(r);
    obj
}

/// `type(obj).__init__(obj, *args, **kwargs)` through the class's `tp_init` slot (as
/// `type.__call__` does); returns `obj`, or `NULL` after releasing it.
#[cold]
unsafe fn init_through_slot(
    cls: *mut PyTypeObject,
    obj: *mut PyObject,
    args: *const *mut PyObject,
    nargs: usize,
    nkw: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    let Some(tp_init) = (*cls).tp_init else {
        return obj;
    };
    let Some(tuple) = Owned::new(PyTuple_New(nargs as Py_ssize_t)) else {
        Py_DECREF(obj);
        return ptr::null_mut();
    };
    for i in 0..nargs {
        let a = *args.add(i);
        Py_INCREF(a);
        PyTuple_SET_ITEM(tuple.as_ptr(), i as Py_ssize_t, a);
    }
    let kwargs = if nkw == 0 {
        None
    } else {
        let Some(d) = Owned::new(PyDict_New()) else {
            Py_DECREF(obj);
            return ptr::null_mut();
        };
        for k in 0..nkw {
            let key = PyTuple_GET_ITEM(kwnames, k as Py_ssize_t);
            if PyDict_SetItem(d.as_ptr(), key, *args.add(nargs + k)) < 0 {
                Py_DECREF(obj);
                return ptr::null_mut();
            }
        }
        Some(d)
    };
    let kw = kwargs.as_ref().map_or(ptr::null_mut(), |d| d.as_ptr());
    if tp_init(obj, tuple.as_ptr(), kw) < 0 {
        Py_DECREF(obj);
        return ptr::null_mut();
    }
    obj
}

/// The number of keyword names in `kwnames` (a tuple, or `NULL`), and the tuple to pass on
/// (`NULL` when empty, as vectorcall prefers).
#[inline(always)]
pub(crate) unsafe fn split_kwnames(kwnames: *mut PyObject) -> (usize, *mut PyObject) {
    if kwnames.is_null() {
        return (0, ptr::null_mut());
    }
    let k = PyTuple_GET_SIZE(kwnames) as usize;
    if k == 0 {
        (0, ptr::null_mut())
    } else {
        (k, kwnames)
    }
}

/// `callee(*items)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_call(
    callee: *mut PyObject,
    items: *const *mut PyObject,
    n: i64,
) -> *mut PyObject {
    let r = vectorcall(callee, items, n.max(0) as usize, ptr::null_mut());
    if r.is_null() {
        return call_failed(callee, args_slice(items, n));
    }
    r
}

/// `callee(*items)` with the last `len(kwnames)` items passed by keyword (`kwnames` is a tuple
/// of `str`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_call_kw(
    callee: *mut PyObject,
    kwnames: *mut PyObject,
    items: *const *mut PyObject,
    n: i64,
) -> *mut PyObject {
    let (k, kwnames) = split_kwnames(kwnames);
    let nargs = (n.max(0) as usize).saturating_sub(k);
    vectorcall(callee, items, nargs, kwnames)
}

/// `items[0].name(*items[1:])`, without creating a bound method when the attribute is a
/// method descriptor (plain or compiled function, builtin method).
///
/// `PY_VECTORCALL_ARGUMENTS_OFFSET` is set: when the attribute is not a method descriptor the
/// callee receives `items + 1` and may temporarily overwrite `items[0]` (restoring it before it
/// returns) to prepend an argument without copying. `items` is codegen's stack array, which is
/// writable.
pub unsafe fn call_method(
    name: *mut PyObject,
    items: *const *mut PyObject,
    n: i64,
) -> *mut PyObject {
    if n < 1 {
        return crate::util::set_error(PyExc_SystemError, "method call without a receiver");
    }
    let r = PyObject_VectorcallMethod(
        name,
        items,
        n as usize | PY_VECTORCALL_ARGUMENTS_OFFSET,
        ptr::null_mut(),
    );
    if r.is_null() {
        return method_call_failed(name, items, n as usize);
    }
    r
}

/// The cold path of a failed method call `items[0].name(*items[1:nargs])`: a call that a
/// CPython C method refused only because a compiled function is not CPython's function type
/// is redone (see [`crate::exceptions::retry_split_with_compiled_predicate`]); otherwise
/// `NULL`, the error kept.
#[cold]
pub(crate) unsafe fn method_call_failed(
    name: *mut PyObject,
    items: *const *mut PyObject,
    nargs: usize,
) -> *mut PyObject {
    if nargs == 0 {
        return ptr::null_mut();
    }
    let receiver = *items;
    let args = std::slice::from_raw_parts(items.add(1), nargs - 1);
    if !crate::exceptions::may_be_refused_split(receiver, args) {
        return ptr::null_mut();
    }
    // `_PyType_Lookup` clears a pending exception (it takes it for a failed lookup).
    let (mut t, mut v, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
    PyErr_Fetch(&mut t, &mut v, &mut tb);
    let descr = crate::ffi_ext::_PyType_Lookup(Py_TYPE(receiver), name);
    PyErr_Restore(t, v, tb);
    if descr.is_null() || Py_TYPE(descr) != &raw mut PyMethodDescr_Type {
        return ptr::null_mut();
    }
    let method = (*descr.cast::<PyMethodDescrObject>()).d_method;
    crate::exceptions::retry_split_with_compiled_predicate(method, receiver, args)
        .unwrap_or(ptr::null_mut())
}

/// The cold path of a failed call `callee(*args)`: as [`method_call_failed`], for a builtin
/// method bound to its receiver.
#[cold]
unsafe fn call_failed(callee: *mut PyObject, args: &[*mut PyObject]) -> *mut PyObject {
    if PyCFunction_Check(callee) == 0 {
        return ptr::null_mut();
    }
    let f = callee.cast::<PyCFunctionObject>();
    let receiver = (*f).m_self;
    if receiver.is_null() {
        return ptr::null_mut();
    }
    crate::exceptions::retry_split_with_compiled_predicate((*f).m_ml, receiver, args)
        .unwrap_or(ptr::null_mut())
}

/// As [`call_method`], with the last `len(kwnames)` items passed by keyword.
pub unsafe fn call_method_kw(
    name: *mut PyObject,
    kwnames: *mut PyObject,
    items: *const *mut PyObject,
    n: i64,
) -> *mut PyObject {
    let (k, kwnames) = split_kwnames(kwnames);
    let nargs = (n.max(0) as usize).saturating_sub(k);
    if nargs < 1 {
        return crate::util::set_error(PyExc_SystemError, "method call without a receiver");
    }
    PyObject_VectorcallMethod(name, items, nargs | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames)
}

/// `callee(*args, **kwargs)`. `args` is normally a tuple and `kwargs` a dict or `NULL`; for
/// `f(*x)` / `f(**m)` they may also be the unconverted operands, which are then converted with
/// CPython's errors (`f() argument after * must be an iterable, not int`, `f() argument after
/// ** must be a mapping, not int`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_call_ex(
    callee: *mut PyObject,
    args: *mut PyObject,
    kwargs: *mut PyObject,
) -> *mut PyObject {
    let args = if PyTuple_CheckExact(args) != 0 {
        Owned::from_borrowed(args)
    } else {
        if is_not_iterable(args) {
            if let Some(f) = crate::containers::function_str(callee) {
                type_error(&format!(
                    "{f} argument after * must be an iterable, not {}",
                    type_name(args)
                ));
            }
            return ptr::null_mut();
        }
        match Owned::new(PySequence_Tuple(args)) {
            Some(t) => t,
            None => return ptr::null_mut(),
        }
    };
    if kwargs.is_null() || kwargs == Py_None() {
        return PyObject_Call(callee, args.as_ptr(), ptr::null_mut());
    }
    if PyDict_CheckExact(kwargs) != 0 {
        return PyObject_Call(callee, args.as_ptr(), kwargs);
    }
    let Some(d) = Owned::new(PyDict_New()) else {
        return ptr::null_mut();
    };
    if merge_call_kwargs(d.as_ptr(), kwargs, callee) < 0 {
        return ptr::null_mut();
    }
    PyObject_Call(callee, args.as_ptr(), d.as_ptr())
}

// ---- frame-reading builtins ---------------------------------------------------------------

/// The original `builtins.globals`, `locals`, `vars`, `dir`, `eval`, `exec` (in
/// `IntrospectKind` order), fetched once and kept for the life of the process.
static ORIGINALS: [AtomicPtr<PyObject>; 6] = [const { AtomicPtr::new(ptr::null_mut()) }; 6];

/// The original builtin for `kind` (borrowed), or `NULL` with an exception.
unsafe fn original_builtin(kind: usize) -> *mut PyObject {
    let p = ORIGINALS[kind].load(Ordering::Relaxed);
    if !p.is_null() {
        return p;
    }
    load_originals(kind)
}

#[cold]
unsafe fn load_originals(kind: usize) -> *mut PyObject {
    let Some(module) = Owned::new(PyImport_ImportModule(c"builtins".as_ptr())) else {
        return ptr::null_mut();
    };
    let names = [c"globals", c"locals", c"vars", c"dir", c"eval", c"exec"];
    for (slot, name) in ORIGINALS.iter().zip(names) {
        if slot.load(Ordering::Relaxed).is_null() {
            let f = PyObject_GetAttrString(module.as_ptr(), name.as_ptr());
            if f.is_null() {
                return ptr::null_mut();
            }
            // Kept for the rest of the process (the reference is never released).
            slot.store(f, Ordering::Relaxed);
        }
    }
    ORIGINALS[kind].load(Ordering::Relaxed)
}

/// `sorted(ns.keys())`, as `dir()` without arguments.
unsafe fn sorted_keys(ns: *mut PyObject) -> *mut PyObject {
    let Some(keys) = Owned::new(PyMapping_Keys(ns)) else {
        return ptr::null_mut();
    };
    if PyList_Check(keys.as_ptr()) == 0 {
        return type_error(&format!(
            "dir(): expected keys() of locals to be a list, not '{}'",
            type_name(keys.as_ptr())
        ));
    }
    if PyList_Sort(keys.as_ptr()) < 0 {
        return ptr::null_mut();
    }
    keys.into_ptr()
}

/// A call to the frame-reading builtin `kind` (see `heron_ir::IntrospectKind`: 0 `globals`,
/// 1 `locals`, 2 `vars`, 3 `dir`, 4 `eval`, 5 `exec`) at a site whose namespaces are `globals`
/// and `locals` (`NULL` at module level, where the locals are the globals). If `callee` is not
/// the original builtin of that name, this is an ordinary call with the items.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_call_introspect(
    kind: i64,
    callee: *mut PyObject,
    globals: *mut PyObject,
    locals: *mut PyObject,
    items: *const *mut PyObject,
    n: i64,
) -> *mut PyObject {
    let args = args_slice(items, n);
    let plain = || vectorcall(callee, items, args.len(), ptr::null_mut());
    if !(0..6).contains(&kind) {
        return plain();
    }
    let original = original_builtin(kind as usize);
    if original.is_null() {
        return ptr::null_mut();
    }
    if callee != original {
        return plain();
    }
    let frame_locals = if locals.is_null() { globals } else { locals };
    match (kind, args.len()) {
        (0, 0) => new_ref(globals),
        (1 | 2, 0) => new_ref(frame_locals),
        (3, 0) => sorted_keys(frame_locals),
        (4 | 5, 1..=3) => {
            // `eval(src)`, `eval(src, None)`, `eval(src, None, None)`: CPython takes the
            // missing or `None` namespaces from the caller's frame; pass ours explicitly.
            // `eval(src, g)` uses `g` for both, which the builtin does itself.
            let src = args[0];
            let g = args.get(1).copied();
            let l = args.get(2).copied();
            let none = Py_None();
            let call: [*mut PyObject; 3] = match (g, l) {
                (None, _) => [src, globals, frame_locals],
                (Some(g), None) if g == none => [src, globals, frame_locals],
                (Some(g), Some(l)) if g == none => {
                    [src, globals, if l == none { frame_locals } else { l }]
                }
                _ => return plain(),
            };
            vectorcall(callee, call.as_ptr(), 3, ptr::null_mut())
        }
        _ => plain(),
    }
}
