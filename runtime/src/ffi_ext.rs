//! C declarations that pyo3-ffi does not provide (or gates behind versions we do not build for),
//! kept in one place so every module uses the same signatures.

use pyo3_ffi::PyObject;
use std::ffi::c_int;

unsafe extern "C" {
    /// `PyMethod_New(func, self)`: a bound method object (new reference).
    pub fn PyMethod_New(func: *mut PyObject, slf: *mut PyObject) -> *mut PyObject;
    /// `PyInstanceMethod_New(func)`, for completeness with `PyMethod_New`.
    pub fn PyInstanceMethod_New(func: *mut PyObject) -> *mut PyObject;
}

/// `SIGINT` on every Unix heron supports.
pub const SIGINT: c_int = 2;

unsafe extern "C" {
    /// libc `raise(3)`.
    pub fn raise(sig: c_int) -> c_int;
    /// libc `signal(2)`; `handler` is a `sighandler_t` (0 is `SIG_DFL`).
    pub fn signal(sig: c_int, handler: usize) -> usize;
}

unsafe extern "C" {
    /// `_PyType_Lookup(type, name)`: the attribute found along the MRO, borrowed, or `NULL`
    /// (never sets an exception). Exported by CPython 3.11+ (`Include/cpython/object.h`).
    pub fn _PyType_Lookup(t: *mut pyo3_ffi::PyTypeObject, name: *mut PyObject) -> *mut PyObject;
}

/// `_PyObject_LookupSpecial`: looks `name` up on `type(obj)` and binds it to `obj`, as the
/// interpreter does for special methods. New reference; `NULL` with no exception set when the
/// attribute does not exist, `NULL` with an exception if binding failed.
pub unsafe fn lookup_special(obj: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
    let tp = pyo3_ffi::Py_TYPE(obj);
    let res = _PyType_Lookup(tp, name);
    if res.is_null() {
        return std::ptr::null_mut();
    }
    pyo3_ffi::Py_INCREF(res);
    match (*pyo3_ffi::Py_TYPE(res)).tp_descr_get {
        None => res,
        Some(get) => {
            let bound = get(res, obj, tp.cast());
            pyo3_ffi::Py_DECREF(res);
            bound
        }
    }
}

unsafe extern "C" {
    /// `_PyType_CalculateMetaclass(meta, bases)`: the most derived metaclass of `meta` and the
    /// bases' types (borrowed), or `NULL` with `TypeError` for a metaclass conflict. Exported
    /// by CPython 3.11 (`Include/cpython/object.h`); `__build_class__` uses it.
    pub fn _PyType_CalculateMetaclass(
        meta: *mut pyo3_ffi::PyTypeObject,
        bases: *mut PyObject,
    ) -> *mut pyo3_ffi::PyTypeObject;
}

unsafe extern "C" {
    /// `_PyErr_ChainStackItem(NULL)`: sets the raised exception's `__context__` to the handled
    /// exception of the current `exc_info` (what `gen_send_ex2` does when throwing in).
    pub fn _PyErr_ChainStackItem(exc_info: *mut std::ffi::c_void);
    /// `_PyErr_FormatFromCause(exception, format, ...)`: raises a new exception whose
    /// `__cause__` (and context) is the one currently raised. Always returns `NULL`.
    pub fn _PyErr_FormatFromCause(
        exception: *mut PyObject,
        format: *const std::ffi::c_char,
        ...
    ) -> *mut PyObject;
    /// `_PyGen_SetStopIterationValue(value)`: raises `StopIteration(value)` (wrapping tuples
    /// and exceptions so that `.value` is exactly `value`). 0, or -1 on error.
    pub fn _PyGen_SetStopIterationValue(value: *mut PyObject) -> c_int;
    /// `_PyGen_FetchStopIterationValue(&value)`: if `StopIteration` (or nothing) is raised,
    /// clears it and stores its value (new reference) and returns 0; otherwise -1.
    pub fn _PyGen_FetchStopIterationValue(value: *mut *mut PyObject) -> c_int;
}

unsafe extern "C" {
    /// `_PyObject_LookupAttr(obj, name, &result)`: 1 and a new reference if found, 0 and
    /// `NULL` if not (the `AttributeError` cleared), -1 with an exception set on other errors.
    pub fn _PyObject_LookupAttr(
        obj: *mut PyObject,
        name: *mut PyObject,
        result: *mut *mut PyObject,
    ) -> c_int;
}

unsafe extern "C" {
    /// Whether the interpreter is shutting down (`sys.is_finalizing()`).
    pub fn _Py_IsFinalizing() -> c_int;
}
