//! Raising, re-raising, catching and `with` statements, with CPython 3.11's semantics.
//!
//! Compiled code never unwinds: every fallible operation returns `NULL`/`-1`, and generated code
//! branches to the innermost handler. These helpers implement the bytecodes that deal with the
//! exception state (`RAISE_VARARGS`, `RERAISE`, `PUSH_EXC_INFO`/`POP_EXCEPT`,
//! `CHECK_EXC_MATCH`, `BEFORE_WITH`, the `__exit__` call) on top of the thread state's
//! "current" (being raised) and "handled" (`sys.exception()`) exceptions. Implicit chaining
//! (`__context__`) comes from CPython's `PyErr_SetObject`, which links the new exception to the
//! handled one that compiled `except` blocks install with [`heron_rt_set_handled_exception`].

use crate::ffi_ext::lookup_special;
use crate::interned;
use crate::util::{Owned, new_ref, none, py_none, set_error, type_error, type_name};
use pyo3_ffi::*;
use std::ffi::c_int;
use std::ptr;

/// Instantiates an exception class for `raise C` / `raise ... from C`. `None` with an exception
/// set on failure.
unsafe fn instantiate(cls: *mut PyObject) -> Option<*mut PyObject> {
    let v = PyObject_CallNoArgs(cls);
    if v.is_null() { None } else { Some(v) }
}

/// `raise exc` / `raise exc from cause` (`cause` `NULL` when there is no `from`). Always leaves an
/// exception set.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_raise(exc: *mut PyObject, cause: *mut PyObject) {
    let (ty, value);
    if PyExceptionClass_Check(exc) != 0 {
        let Some(v) = instantiate(exc) else { return };
        if PyExceptionInstance_Check(v) == 0 {
            let r = PyObject_Repr(exc);
            let shown = if r.is_null() {
                String::from("?")
            } else {
                crate::util::str_lossy(r)
            };
            crate::util::xdecref(r);
            PyErr_Clear();
            type_error(&format!(
                "calling {} should have returned an instance of BaseException, not {}",
                shown,
                repr_of_type(v)
            ));
            Py_DECREF(v);
            return;
        }
        ty = new_ref(exc);
        value = v;
    } else if PyExceptionInstance_Check(exc) != 0 {
        value = new_ref(exc);
        ty = new_ref(Py_TYPE(exc).cast());
    } else {
        type_error("exceptions must derive from BaseException");
        return;
    }
    if !cause.is_null() {
        let fixed_cause = if PyExceptionClass_Check(cause) != 0 {
            match instantiate(cause) {
                Some(c) => c,
                None => {
                    Py_DECREF(ty);
                    Py_DECREF(value);
                    return;
                }
            }
        } else if PyExceptionInstance_Check(cause) != 0 {
            new_ref(cause)
        } else if cause == none() {
            ptr::null_mut()
        } else {
            Py_DECREF(ty);
            Py_DECREF(value);
            type_error("exception causes must derive from BaseException");
            return;
        };
        // Steals `fixed_cause`; also sets `__suppress_context__`.
        PyException_SetCause(value, fixed_cause);
    }
    PyErr_SetObject(ty, value);
    Py_DECREF(ty);
    Py_DECREF(value);
}

unsafe fn repr_of_type(o: *mut PyObject) -> String {
    let r = PyObject_Repr(Py_TYPE(o).cast());
    if r.is_null() {
        PyErr_Clear();
        return format!("<class '{}'>", type_name(o));
    }
    let s = crate::util::str_lossy(r);
    Py_DECREF(r);
    s
}

/// Restores `exc` as the exception being raised, with its own `__traceback__` (no new entry).
unsafe fn restore(exc: *mut PyObject) {
    let tb = PyException_GetTraceback(exc);
    PyErr_Restore(new_ref(Py_TYPE(exc).cast()), new_ref(exc), tb);
}

/// Re-raises `exc` (a caught exception) with its traceback, adding no entry: the end of a
/// `finally` or `with` block, or a bare `raise` whose exception is known.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_reraise(exc: *mut PyObject) {
    if exc.is_null() || PyExceptionInstance_Check(exc) == 0 {
        set_error(PyExc_RuntimeError, "No active exception to reraise");
        return;
    }
    restore(exc);
}

/// A bare `raise`: re-raises the exception being handled, or raises
/// `RuntimeError: No active exception to reraise`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_reraise_handled() {
    let exc = PyErr_GetHandledException();
    if exc.is_null() || exc == none() {
        crate::util::xdecref(exc);
        set_error(PyExc_RuntimeError, "No active exception to reraise");
        return;
    }
    restore(exc);
    Py_DECREF(exc);
}

/// Takes the exception being raised out of the thread state: normalized, with its traceback
/// attached as `__traceback__`. Returns a new reference (`None` if, unexpectedly, nothing was
/// raised); never fails.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_fetch_exception() -> *mut PyObject {
    let (mut t, mut v, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
    PyErr_Fetch(&mut t, &mut v, &mut tb);
    if t.is_null() {
        return py_none();
    }
    PyErr_NormalizeException(&mut t, &mut v, &mut tb);
    if !tb.is_null() && !v.is_null() && PyExceptionInstance_Check(v) != 0 {
        PyException_SetTraceback(v, tb);
    }
    crate::util::xdecref(t);
    crate::util::xdecref(tb);
    if v.is_null() { py_none() } else { v }
}

/// CPython's `_PyErr_StackItem`: one entry of the thread's chain of handled-exception states
/// (each generator running has its own, chained on top).
#[repr(C)]
pub(crate) struct ErrStackItem {
    pub(crate) exc_value: *mut PyObject,
    pub(crate) previous_item: *mut ErrStackItem,
}

/// CPython 3.11 layout fact: `offsetof(PyThreadState, exc_info)`.
const TSTATE_EXC_INFO: usize = 120;

/// `&tstate->exc_info`: the innermost handled-exception state.
#[inline(always)]
pub(crate) unsafe fn exc_info_slot(tstate: *mut PyThreadState) -> *mut *mut ErrStackItem {
    (tstate as *mut u8).add(TSTATE_EXC_INFO) as *mut *mut ErrStackItem
}

/// The exception handled in the innermost handled-exception state (`None` if none), as
/// CPython's `PUSH_EXC_INFO` saves it on entering an `except` block. Unlike
/// `sys.exception()`, this does not look through to the states of the generators' callers,
/// so that leaving the block inside a generator restores the generator's own state. New
/// reference; never fails.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_get_handled_exception() -> *mut PyObject {
    let item = *exc_info_slot(PyThreadState_Get());
    let exc = if item.is_null() {
        ptr::null_mut()
    } else {
        (*item).exc_value
    };
    if exc.is_null() {
        py_none()
    } else {
        crate::util::new_ref(exc)
    }
}

/// Sets the exception being handled (`None` or `NULL` for none); entering and leaving `except`
/// blocks.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_set_handled_exception(exc: *mut PyObject) {
    PyErr_SetHandledException(if exc.is_null() { none() } else { exc });
}

/// `except T:` matching: whether `exc` is an instance of `T` (a class or a tuple of classes).
/// Returns 1/0, or -1 with CPython's `TypeError` for classes that are not exceptions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_exception_matches(
    exc: *mut PyObject,
    ty: *mut PyObject,
) -> c_int {
    if !check_except_type(ty) {
        return -1;
    }
    c_int::from(PyErr_GivenExceptionMatches(exc, ty) != 0)
}

/// Whether `ty` may follow `except` (an exception class or a tuple of them); otherwise raises
/// CPython's `TypeError`.
unsafe fn check_except_type(ty: *mut PyObject) -> bool {
    const MSG: &str = "catching classes that do not inherit from BaseException is not allowed";
    let invalid = first_class_where(ty, |c| c_int::from(PyExceptionClass_Check(c) == 0));
    if invalid != 0 {
        type_error(MSG);
    }
    invalid == 0
}

/// `test` applied to `ty`, or to each item of a tuple `ty` until one gives a nonzero result
/// (1 for a hit, -1 for an error), which is returned; 0 if none did.
unsafe fn first_class_where(
    ty: *mut PyObject,
    mut test: impl FnMut(*mut PyObject) -> c_int,
) -> c_int {
    if PyTuple_Check(ty) == 0 {
        return test(ty);
    }
    for i in 0..PyTuple_GET_SIZE(ty) {
        let r = test(PyTuple_GET_ITEM(ty, i));
        if r != 0 {
            return r;
        }
    }
    0
}

/// Whether `exc` is an exception group.
unsafe fn is_exception_group(exc: *mut PyObject) -> bool {
    PyObject_TypeCheck(exc, PyExc_BaseExceptionGroup.cast()) != 0
}

/// `BaseExceptionGroup(message, excs)` (which makes an `ExceptionGroup` when every member is
/// an `Exception`), as CPython's `_PyExc_CreateExceptionGroup`.
unsafe fn create_exception_group(message: &str, excs: *mut PyObject) -> *mut PyObject {
    let Some(msg) = Owned::new(crate::util::str_from(message)) else {
        return ptr::null_mut();
    };
    let Some(args) = Owned::new(PyTuple_Pack(2, msg.as_ptr(), excs)) else {
        return ptr::null_mut();
    };
    PyObject_Call(PyExc_BaseExceptionGroup, args.as_ptr(), ptr::null_mut())
}

/// `except* ty` (`CHECK_EG_MATCH`): checks `ty` as CPython does (an exception class or tuple
/// of them, none an exception group), then splits `exc` — the part of the caught exception
/// no earlier clause matched, `None` once everything matched — into `(match, rest)`:
/// `(exc, None)` if `exc` itself matches (a naked exception wrapped in a group with an empty
/// message), `exc.split(ty)` for a group, `(None, None)` otherwise. New reference, `NULL` with
/// an exception set on failure.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_except_star_match(
    exc: *mut PyObject,
    ty: *mut PyObject,
) -> *mut PyObject {
    if !check_except_type(ty) {
        return ptr::null_mut();
    }
    match first_class_where(ty, |c| PyObject_IsSubclass(c, PyExc_BaseExceptionGroup)) {
        0 => {}
        r if r < 0 => return ptr::null_mut(),
        _ => {
            return type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            );
        }
    }
    if exc == none() {
        return PyTuple_Pack(2, none(), none());
    }
    if PyErr_GivenExceptionMatches(exc, ty) != 0 {
        if is_exception_group(exc) {
            return PyTuple_Pack(2, exc, none());
        }
        let Some(excs) = Owned::new(PyTuple_Pack(1, exc)) else {
            return ptr::null_mut();
        };
        let Some(wrapped) = Owned::new(create_exception_group("", excs.as_ptr())) else {
            return ptr::null_mut();
        };
        return PyTuple_Pack(2, wrapped.as_ptr(), none());
    }
    if !is_exception_group(exc) {
        return PyTuple_Pack(2, none(), none());
    }
    let Some(pair) = Owned::new(PyObject_CallMethodOneArg(exc, interned!("split"), ty)) else {
        return ptr::null_mut();
    };
    if PyTuple_Check(pair.as_ptr()) == 0 || PyTuple_GET_SIZE(pair.as_ptr()) != 2 {
        return type_error("ExceptionGroup.split() must return a (match, rest) tuple");
    }
    pair.into_ptr()
}

/// Whether two exceptions share traceback, context, cause and notes: an exception that
/// `except*` re-raised (`raise` in a clause, or an unmatched rest) is a split of the original
/// and keeps its metadata, where a newly raised one does not.
unsafe fn same_exception_metadata(a: *mut PyObject, b: *mut PyObject) -> bool {
    let (a, b) = (
        &*a.cast::<PyBaseExceptionObject>(),
        &*b.cast::<PyBaseExceptionObject>(),
    );
    a.notes == b.notes && a.traceback == b.traceback && a.cause == b.cause && a.context == b.context
}

/// The identities of a set of leaf exceptions (by identity, as CPython 3.11.5+ does, so that
/// unhashable exceptions work).
type LeafIds = std::collections::HashSet<usize>;

/// Adds the identity of every leaf exception of `exc` (itself, unless it is a group) to
/// `leaves`.
unsafe fn collect_leaves(exc: *mut PyObject, leaves: &mut LeafIds) -> bool {
    if exc == none() {
        return true;
    }
    if !is_exception_group(exc) {
        leaves.insert(exc as usize);
        return true;
    }
    let excs = (*exc.cast::<PyBaseExceptionGroupLayout>()).excs;
    for i in 0..PyTuple_GET_SIZE(excs) {
        if Py_EnterRecursiveCall(c" in collect_exception_group_leaves".as_ptr()) != 0 {
            return false;
        }
        let ok = collect_leaves(PyTuple_GET_ITEM(excs, i), leaves);
        Py_LeaveRecursiveCall();
        if !ok {
            return false;
        }
    }
    true
}

/// The layout of `BaseExceptionGroup` instances (CPython's `PyBaseExceptionGroupObject`).
#[repr(C)]
struct PyBaseExceptionGroupLayout {
    base: PyBaseExceptionObject,
    msg: *mut PyObject,
    excs: *mut PyObject,
}

/// The part of the group `eg` made of the leaf exceptions found in the groups of `keep`, with
/// `eg`'s nesting (`None` if there are none), as CPython's `exception_group_projection`.
unsafe fn exception_group_projection(eg: *mut PyObject, keep: *mut PyObject) -> *mut PyObject {
    let mut leaves = LeafIds::new();
    for i in 0..PyList_GET_SIZE(keep) {
        if !collect_leaves(PyList_GET_ITEM(keep, i), &mut leaves) {
            return ptr::null_mut();
        }
    }
    match project(eg, &leaves) {
        Ok(Some(part)) => part.into_ptr(),
        Ok(None) => py_none(),
        Err(()) => ptr::null_mut(),
    }
}

/// The part of `exc` whose leaves are in `leaves` (`None`: no such leaf), rebuilt with
/// `derive` and the metadata of each group, as `BaseExceptionGroup.subgroup` does.
unsafe fn project(exc: *mut PyObject, leaves: &LeafIds) -> Result<Option<Owned>, ()> {
    if !is_exception_group(exc) {
        let listed = leaves.contains(&(exc as usize));
        return Ok(listed.then(|| Owned::from_borrowed(exc)));
    }
    let matched = Owned::new(PyList_New(0)).ok_or(())?;
    let excs = (*exc.cast::<PyBaseExceptionGroupLayout>()).excs;
    for i in 0..PyTuple_GET_SIZE(excs) {
        if Py_EnterRecursiveCall(c" in exceptiongroup_split_recursive".as_ptr()) != 0 {
            return Err(());
        }
        let part = project(PyTuple_GET_ITEM(excs, i), leaves);
        Py_LeaveRecursiveCall();
        if let Some(part) = part?
            && PyList_Append(matched.as_ptr(), part.as_ptr()) < 0
        {
            return Err(());
        }
    }
    if PyList_GET_SIZE(matched.as_ptr()) == 0 {
        return Ok(None);
    }
    derive_subset(exc, matched.as_ptr()).map(Some)
}

/// `eg.split(predicate)` or `eg.subgroup(predicate)` where the predicate is a compiled
/// function, which CPython 3.11's methods refuse (they accept only its own function type).
/// Called after a call failed: `method` is the method definition that ran, `receiver` and
/// `args` what it got. If that was `BaseExceptionGroup.split` or `.subgroup` with one compiled
/// function and it raised `TypeError`, the split is done here, with the rules of CPython's
/// `exceptiongroup_split_recursive`, and its result (or `NULL` with an exception) returned;
/// otherwise `None`, the call's error kept.
pub(crate) unsafe fn retry_split_with_compiled_predicate(
    method: *mut PyMethodDef,
    receiver: *mut PyObject,
    args: &[*mut PyObject],
) -> Option<*mut PyObject> {
    if method.is_null() || !may_be_refused_split(receiver, args) {
        return None;
    }
    let predicate = args[0];
    let base_method = |name: &std::ffi::CStr| {
        let d = PyDict_GetItemString(
            (*PyExc_BaseExceptionGroup.cast::<PyTypeObject>()).tp_dict,
            name.as_ptr(),
        );
        if !d.is_null() && Py_TYPE(d) == &raw mut PyMethodDescr_Type {
            (*d.cast::<PyMethodDescrObject>()).d_method
        } else {
            ptr::null_mut()
        }
    };
    let construct_rest = if method == base_method(c"split") {
        true
    } else if method == base_method(c"subgroup") {
        false
    } else {
        return None;
    };
    PyErr_Clear();
    let (matched, rest) = match split_by_predicate(receiver, predicate, construct_rest) {
        Ok(parts) => parts,
        Err(()) => return Some(ptr::null_mut()),
    };
    let or_none = |part: &Option<Owned>| part.as_ref().map_or(none(), |p| p.as_ptr());
    Some(if construct_rest {
        PyTuple_Pack(2, or_none(&matched), or_none(&rest))
    } else {
        new_ref(or_none(&matched))
    })
}

/// Whether a call that failed with `receiver` and `args` can be a split refused for its
/// compiled predicate (see [`retry_split_with_compiled_predicate`]): cheap checks that leave
/// the pending exception alone.
pub(crate) unsafe fn may_be_refused_split(receiver: *mut PyObject, args: &[*mut PyObject]) -> bool {
    matches!(args, [predicate] if crate::function::is_heron_function(*predicate))
        && is_exception_group(receiver)
        && PyErr_ExceptionMatches(PyExc_TypeError) != 0
}

/// (match, rest) of `exc` by `predicate` (`rest` only with `construct_rest`).
unsafe fn split_by_predicate(
    exc: *mut PyObject,
    predicate: *mut PyObject,
    construct_rest: bool,
) -> Result<(Option<Owned>, Option<Owned>), ()> {
    let verdict = Owned::new(PyObject_CallOneArg(predicate, exc)).ok_or(())?;
    match PyObject_IsTrue(verdict.as_ptr()) {
        r if r < 0 => return Err(()),
        1 => return Ok((Some(Owned::from_borrowed(exc)), None)),
        _ => {}
    }
    if !is_exception_group(exc) {
        return Ok((None, construct_rest.then(|| Owned::from_borrowed(exc))));
    }
    let matched = Owned::new(PyList_New(0)).ok_or(())?;
    let rest = Owned::new(PyList_New(0)).ok_or(())?;
    // Held while the predicates run (Python code, which may drop other references).
    let excs = Owned::from_borrowed((*exc.cast::<PyBaseExceptionGroupLayout>()).excs);
    for i in 0..PyTuple_GET_SIZE(excs.as_ptr()) {
        if Py_EnterRecursiveCall(c" in exceptiongroup_split_recursive".as_ptr()) != 0 {
            return Err(());
        }
        let parts = split_by_predicate(
            PyTuple_GET_ITEM(excs.as_ptr(), i),
            predicate,
            construct_rest,
        );
        Py_LeaveRecursiveCall();
        let (m, r) = parts?;
        for (part, list) in [(m, &matched), (r, &rest)] {
            if let Some(part) = part
                && PyList_Append(list.as_ptr(), part.as_ptr()) < 0
            {
                return Err(());
            }
        }
    }
    let subset = |list: &Owned| -> Result<Option<Owned>, ()> {
        if PyList_GET_SIZE(list.as_ptr()) == 0 {
            Ok(None)
        } else {
            derive_subset(exc, list.as_ptr()).map(Some)
        }
    };
    let m = subset(&matched)?;
    let r = if construct_rest { subset(&rest)? } else { None };
    Ok((m, r))
}

/// `orig.derive(excs)` carrying over `orig`'s traceback, context, cause and (a copy of) its
/// notes, as CPython's `exceptiongroup_subset`.
unsafe fn derive_subset(orig: *mut PyObject, excs: *mut PyObject) -> Result<Owned, ()> {
    let eg = Owned::new(PyObject_CallMethodOneArg(orig, interned!("derive"), excs)).ok_or(())?;
    if !is_exception_group(eg.as_ptr()) {
        type_error("derive must return an instance of BaseExceptionGroup");
        return Err(());
    }
    let tb = PyException_GetTraceback(orig);
    if !tb.is_null() {
        let r = PyException_SetTraceback(eg.as_ptr(), tb);
        Py_DECREF(tb);
        if r < 0 {
            return Err(());
        }
    }
    // Both setters steal the reference the getters return.
    PyException_SetContext(eg.as_ptr(), PyException_GetContext(orig));
    PyException_SetCause(eg.as_ptr(), PyException_GetCause(orig));
    let notes_name = interned!("__notes__");
    if PyObject_HasAttr(orig, notes_name) != 0 {
        let notes = Owned::new(PyObject_GetAttr(orig, notes_name)).ok_or(())?;
        // Notes that are not a sequence are ignored, as in CPython.
        if PySequence_Check(notes.as_ptr()) != 0 {
            let copy = Owned::new(PySequence_List(notes.as_ptr())).ok_or(())?;
            if PyObject_SetAttr(eg.as_ptr(), notes_name, copy.as_ptr()) < 0 {
                return Err(());
            }
        }
    }
    Ok(eg)
}

/// The end of `try`/`except*` (`PREP_RERAISE_STAR`): what to raise once every clause ran.
/// `orig` is the caught exception, `raised` the list of exceptions the clauses raised (each
/// clause that raised appended its exception), `rest` what no clause matched (or `None`).
/// The result keeps re-raised parts with the nesting they had in `orig` and puts newly raised
/// exceptions beside them in a new group; `None` when there is nothing to raise. New
/// reference, `NULL` with an exception set on failure.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_prep_reraise_star(
    orig: *mut PyObject,
    raised: *mut PyObject,
    rest: *mut PyObject,
) -> *mut PyObject {
    if rest != none() && PyList_Append(raised, rest) < 0 {
        return ptr::null_mut();
    }
    let n = PyList_GET_SIZE(raised);
    if n == 0 {
        return py_none();
    }
    if !is_exception_group(orig) {
        // A naked exception was wrapped: at most one clause ran, so there is one exception.
        return new_ref(PyList_GET_ITEM(raised, 0));
    }
    let (Some(new), Some(reraised)) = (Owned::new(PyList_New(0)), Owned::new(PyList_New(0))) else {
        return ptr::null_mut();
    };
    for i in 0..n {
        let e = PyList_GET_ITEM(raised, i);
        if e == none() {
            continue;
        }
        let list = if same_exception_metadata(e, orig) {
            &reraised
        } else {
            &new
        };
        if PyList_Append(list.as_ptr(), e) < 0 {
            return ptr::null_mut();
        }
    }
    let Some(reraised_eg) = Owned::new(exception_group_projection(orig, reraised.as_ptr())) else {
        return ptr::null_mut();
    };
    if PyList_GET_SIZE(new.as_ptr()) == 0 {
        return reraised_eg.into_ptr();
    }
    if reraised_eg.as_ptr() != none() && PyList_Append(new.as_ptr(), reraised_eg.as_ptr()) < 0 {
        return ptr::null_mut();
    }
    // A single exception is raised as it is (CPython 3.11.4 and later, gh-103590).
    if PyList_GET_SIZE(new.as_ptr()) == 1 {
        return new_ref(PyList_GET_ITEM(new.as_ptr(), 0));
    }
    create_exception_group("", new.as_ptr())
}

/// A failed `assert`: raises `AssertionError` (the real class, whatever `builtins` says), with
/// `message` as its argument unless `NULL`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_assert_fail(message: *mut PyObject) {
    let value = if message.is_null() {
        PyObject_CallNoArgs(PyExc_AssertionError)
    } else {
        PyObject_CallOneArg(PyExc_AssertionError, message)
    };
    if value.is_null() {
        return;
    }
    PyErr_SetObject(PyExc_AssertionError, value);
    Py_DECREF(value);
}

/// Enters a `with` block (3.11's `BEFORE_WITH`): looks `__enter__` and `__exit__` up on the
/// manager's type, calls `__enter__`, and returns the tuple `(bound __exit__, result)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_with_enter(mgr: *mut PyObject) -> *mut PyObject {
    enter_context(mgr, false)
}

/// Enters an `async with` block (`BEFORE_ASYNC_WITH`): as [`heron_rt_with_enter`] with
/// `__aenter__`/`__aexit__`; the result is the awaitable `__aenter__()` returned.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_async_with_enter(mgr: *mut PyObject) -> *mut PyObject {
    enter_context(mgr, true)
}

unsafe fn enter_context(mgr: *mut PyObject, is_async: bool) -> *mut PyObject {
    let (enter_name, exit_name, protocol) = if is_async {
        (
            crate::interned!("__aenter__"),
            crate::interned!("__aexit__"),
            "asynchronous context manager protocol",
        )
    } else {
        (
            crate::interned!("__enter__"),
            crate::interned!("__exit__"),
            "context manager protocol",
        )
    };
    if enter_name.is_null() || exit_name.is_null() {
        return ptr::null_mut();
    }
    let enter = lookup_special(mgr, enter_name);
    if enter.is_null() {
        if PyErr_Occurred().is_null() {
            type_error(&format!(
                "'{}' object does not support the {protocol}",
                type_name(mgr)
            ));
        }
        return ptr::null_mut();
    }
    let exit = lookup_special(mgr, exit_name);
    if exit.is_null() {
        if PyErr_Occurred().is_null() {
            type_error(&format!(
                "'{}' object does not support the {protocol} (missed {} method)",
                type_name(mgr),
                if is_async { "__aexit__" } else { "__exit__" }
            ));
        }
        Py_DECREF(enter);
        return ptr::null_mut();
    }
    let res = PyObject_CallNoArgs(enter);
    Py_DECREF(enter);
    if res.is_null() {
        Py_DECREF(exit);
        return ptr::null_mut();
    }
    let t = PyTuple_New(2);
    if t.is_null() {
        Py_DECREF(exit);
        Py_DECREF(res);
        return ptr::null_mut();
    }
    PyTuple_SET_ITEM(t, 0, exit);
    PyTuple_SET_ITEM(t, 1, res);
    t
}

/// Calls a `with` block's bound `__exit__`: `exit(None, None, None)` when `exc` is `NULL`, else
/// `exit(type(exc), exc, exc.__traceback__)`. Returns the result (new reference) or `NULL`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_with_exit(
    exit: *mut PyObject,
    exc: *mut PyObject,
) -> *mut PyObject {
    if exc.is_null() || exc == none() {
        let args = [none(), none(), none()];
        return PyObject_Vectorcall(exit, args.as_ptr(), 3, ptr::null_mut());
    }
    let tb = PyException_GetTraceback(exc);
    let args = [
        Py_TYPE(exc).cast(),
        exc,
        if tb.is_null() { none() } else { tb },
    ];
    let r = PyObject_Vectorcall(exit, args.as_ptr(), 3, ptr::null_mut());
    crate::util::xdecref(tb);
    r
}

/// Whether an exception is set (`PyErr_Occurred() != NULL`), for results that may be `NULL`
/// without an error.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_error_occurred() -> c_int {
    c_int::from(!PyErr_Occurred().is_null())
}
