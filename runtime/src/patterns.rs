//! `match` statement helpers: CPython 3.11's `MATCH_SEQUENCE`, `MATCH_MAPPING`, `GET_LEN`,
//! `MATCH_KEYS` and `MATCH_CLASS`, with their error messages (lowering in
//! `heron-lower/src/patterns.rs` arranges them in CPython's order).

use crate::util::{Owned, set_error, str_lossy, type_name, type_name_of};
use pyo3_ffi::*;
use std::ffi::c_int;
use std::ptr;

/// `Py_TPFLAGS_SEQUENCE` (3.10+).
const TPFLAGS_SEQUENCE: std::ffi::c_ulong = 1 << 5;
/// `Py_TPFLAGS_MAPPING` (3.10+).
const TPFLAGS_MAPPING: std::ffi::c_ulong = 1 << 6;
/// `_Py_TPFLAGS_MATCH_SELF`: builtins such as `int` whose class pattern `int(x)` matches the
/// subject itself.
const TPFLAGS_MATCH_SELF: std::ffi::c_ulong = 1 << 22;

#[inline(always)]
unsafe fn type_flags(o: *mut PyObject) -> std::ffi::c_ulong {
    (*Py_TYPE(o)).tp_flags
}

/// Whether a sequence pattern may match `subject` (not `str`, `bytes`, `bytearray`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_match_sequence(subject: *mut PyObject) -> c_int {
    c_int::from(type_flags(subject) & TPFLAGS_SEQUENCE != 0)
}

/// Whether a mapping pattern may match `subject`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_match_mapping(subject: *mut PyObject) -> c_int {
    c_int::from(type_flags(subject) & TPFLAGS_MAPPING != 0)
}

/// `len(subject) == n` (or `>= n` when `at_least` is 1); -1 if `len` raised.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_match_length(
    subject: *mut PyObject,
    n: i64,
    at_least: i64,
) -> c_int {
    let len = PyObject_Length(subject);
    if len < 0 {
        return -1;
    }
    let len = len as i64;
    c_int::from(if at_least != 0 { len >= n } else { len == n })
}

/// `subject[len(subject) - k]`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_match_item_from_end(
    subject: *mut PyObject,
    k: i64,
) -> *mut PyObject {
    let len = PyObject_Length(subject);
    if len < 0 {
        return ptr::null_mut();
    }
    let Some(index) = Owned::new(PyLong_FromSsize_t(len - k as Py_ssize_t)) else {
        return ptr::null_mut();
    };
    PyObject_GetItem(subject, index.as_ptr())
}

/// The values of `keys` in the mapping `subject`, looked up with `subject.get(key, missing)`
/// (so `__missing__` of dict subclasses is not triggered), as a tuple; `NULL` without an
/// exception when a key is absent; `ValueError` for a key given twice.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_match_keys(
    subject: *mut PyObject,
    keys: *mut PyObject,
) -> *mut PyObject {
    let n = PyTuple_GET_SIZE(keys);
    if n == 0 {
        return PyTuple_New(0);
    }
    let Some(get) = Owned::new(PyObject_GetAttrString(subject, c"get".as_ptr())) else {
        return ptr::null_mut();
    };
    let Some(seen) = Owned::new(PySet_New(ptr::null_mut())) else {
        return ptr::null_mut();
    };
    let Some(missing) = Owned::new(PyObject_CallNoArgs(
        &raw mut PyBaseObject_Type as *mut PyObject,
    )) else {
        return ptr::null_mut();
    };
    let Some(values) = Owned::new(PyTuple_New(n)) else {
        return ptr::null_mut();
    };
    for i in 0..n {
        let key = PyTuple_GET_ITEM(keys, i);
        let dup = PySet_Contains(seen.as_ptr(), key);
        if dup != 0 || PySet_Add(seen.as_ptr(), key) < 0 {
            if dup > 0
                && let Some(text) = repr_text(key)
            {
                set_error(
                    PyExc_ValueError,
                    &format!("mapping pattern checks duplicate key ({text})"),
                );
            }
            return ptr::null_mut();
        }
        let args = [key, missing.as_ptr()];
        let value = PyObject_Vectorcall(get.as_ptr(), args.as_ptr(), 2, ptr::null_mut());
        if value.is_null() {
            return ptr::null_mut();
        }
        if value == missing.as_ptr() {
            Py_DECREF(value);
            return ptr::null_mut();
        }
        PyTuple_SET_ITEM(values.as_ptr(), i, value);
    }
    values.into_ptr()
}

/// `**rest` of a mapping pattern: a new dict of `subject`'s items without `keys`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_match_rest(
    subject: *mut PyObject,
    keys: *mut PyObject,
) -> *mut PyObject {
    let Some(rest) = Owned::new(PyDict_New()) else {
        return ptr::null_mut();
    };
    if PyDict_Update(rest.as_ptr(), subject) < 0 {
        if PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
            PyErr_Clear();
            return set_error(
                PyExc_TypeError,
                &format!("'{}' object is not a mapping", type_name(subject)),
            );
        }
        return ptr::null_mut();
    }
    for i in 0..PyTuple_GET_SIZE(keys) {
        if PyObject_DelItem(rest.as_ptr(), PyTuple_GET_ITEM(keys, i)) < 0 {
            return ptr::null_mut();
        }
    }
    rest.into_ptr()
}

/// One attribute of a class pattern: `NULL` without an exception if missing; `TypeError` if
/// the same attribute is matched twice.
unsafe fn class_attr(
    subject: *mut PyObject,
    cls: *mut PyObject,
    name: *mut PyObject,
    seen: *mut PyObject,
) -> *mut PyObject {
    let dup = PySet_Contains(seen, name);
    if dup != 0 || PySet_Add(seen, name) < 0 {
        if dup > 0
            && let Some(text) = repr_text(name)
        {
            set_error(
                PyExc_TypeError,
                &format!(
                    "{}() got multiple sub-patterns for attribute {text}",
                    type_name_of(cls as *mut PyTypeObject)
                ),
            );
        }
        return ptr::null_mut();
    }
    let attr = PyObject_GetAttr(subject, name);
    if attr.is_null() && PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
        PyErr_Clear();
    }
    attr
}

/// The attributes a class pattern `cls(<nargs positional>, **kwnames)` matches against, as a
/// tuple; `NULL` without an exception if `subject` is not an instance of `cls` or lacks an
/// attribute (see CPython's `match_class`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_match_class(
    subject: *mut PyObject,
    cls: *mut PyObject,
    nargs: i64,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    if PyType_Check(cls) == 0 {
        return set_error(PyExc_TypeError, "called match pattern must be a type");
    }
    let inst = PyObject_IsInstance(subject, cls);
    if inst <= 0 {
        return ptr::null_mut();
    }
    let Some(seen) = Owned::new(PySet_New(ptr::null_mut())) else {
        return ptr::null_mut();
    };
    let nkw = PyTuple_GET_SIZE(kwnames);
    let Some(attrs) = Owned::new(PyTuple_New(nargs as Py_ssize_t + nkw)) else {
        return ptr::null_mut();
    };
    let cls_name = || type_name_of(cls as *mut PyTypeObject);
    if nargs > 0 {
        let mut match_self = false;
        let match_args = PyObject_GetAttrString(cls, c"__match_args__".as_ptr());
        let match_args = if !match_args.is_null() {
            let match_args = Owned::new(match_args);
            let Some(match_args) = match_args else {
                return ptr::null_mut();
            };
            if PyTuple_CheckExact(match_args.as_ptr()) == 0 {
                return set_error(
                    PyExc_TypeError,
                    &format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        cls_name(),
                        type_name(match_args.as_ptr())
                    ),
                );
            }
            match_args
        } else if PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
            PyErr_Clear();
            match_self = (*(cls as *mut PyTypeObject)).tp_flags & TPFLAGS_MATCH_SELF != 0;
            let Some(empty) = Owned::new(PyTuple_New(0)) else {
                return ptr::null_mut();
            };
            empty
        } else {
            return ptr::null_mut();
        };
        let allowed = if match_self {
            1
        } else {
            PyTuple_GET_SIZE(match_args.as_ptr()) as i64
        };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return set_error(
                PyExc_TypeError,
                &format!(
                    "{}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)",
                    cls_name()
                ),
            );
        }
        if match_self {
            Py_INCREF(subject);
            PyTuple_SET_ITEM(attrs.as_ptr(), 0, subject);
        } else {
            for i in 0..nargs as Py_ssize_t {
                let name = PyTuple_GET_ITEM(match_args.as_ptr(), i);
                if PyUnicode_CheckExact(name) == 0 {
                    return set_error(
                        PyExc_TypeError,
                        &format!(
                            "__match_args__ elements must be strings (got {})",
                            type_name(name)
                        ),
                    );
                }
                let attr = class_attr(subject, cls, name, seen.as_ptr());
                if attr.is_null() {
                    return ptr::null_mut();
                }
                PyTuple_SET_ITEM(attrs.as_ptr(), i, attr);
            }
        }
    }
    for i in 0..nkw {
        let name = PyTuple_GET_ITEM(kwnames, i);
        let attr = class_attr(subject, cls, name, seen.as_ptr());
        if attr.is_null() {
            return ptr::null_mut();
        }
        PyTuple_SET_ITEM(attrs.as_ptr(), nargs as Py_ssize_t + i, attr);
    }
    attrs.into_ptr()
}

/// `repr(o)` as Rust text for an error message; `None` (with the exception `repr` raised set)
/// if it fails — unlike `util::repr_lossy`, a failing `repr` propagates, as in CPython.
unsafe fn repr_text(o: *mut PyObject) -> Option<String> {
    let r = PyObject_Repr(o);
    if r.is_null() {
        return None;
    }
    let text = str_lossy(r);
    Py_DECREF(r);
    Some(text)
}
