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
use crate::util::{new_ref, none, py_none, set_error, type_error, type_name};
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
    const MSG: &str = "catching classes that do not inherit from BaseException is not allowed";
    if PyTuple_Check(ty) != 0 {
        for i in 0..PyTuple_GET_SIZE(ty) {
            if PyExceptionClass_Check(PyTuple_GET_ITEM(ty, i)) == 0 {
                type_error(MSG);
                return -1;
            }
        }
    } else if PyExceptionClass_Check(ty) == 0 {
        type_error(MSG);
        return -1;
    }
    c_int::from(PyErr_GivenExceptionMatches(exc, ty) != 0)
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
