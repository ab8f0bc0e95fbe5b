//! Attribute and item access: `obj.name`, `obj.name = v`, `del obj.name`, `obj[k]`,
//! `obj[k] = v`, `del obj[k]`.
//!
//! Attribute loads and stores go through per-site caches (`crate::attr_cache`); `del` takes the
//! generic protocol. Subscripts have fast paths for the cases loops are made of: exact lists
//! and tuples indexed by a small `int` (negative indexes counted from the end, CPython's
//! `IndexError` texts) and exact dicts (with `KeyError(key)` on a miss, the key as the single
//! argument even when it is a tuple). Everything else, including slices, subclasses and big
//! indexes, takes `PyObject_GetItem`/`SetItem`/`DelItem`.

use crate::containers::{index_error, raise_key_error};
use crate::ops::compact_int;
use crate::util::new_ref;
use pyo3_ffi::*;
use std::ffi::c_int;
use std::ptr;

/// `del obj.name`: 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_delattr(obj: *mut PyObject, name: *mut PyObject) -> c_int {
    PyObject_SetAttr(obj, name, ptr::null_mut())
}

/// Normalizes a (possibly negative) index against `len`: `Some(i)` with `0 <= i < len`.
#[inline(always)]
fn normalize_index(i: i64, len: Py_ssize_t) -> Option<Py_ssize_t> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && j < len as i64 {
        Some(j as Py_ssize_t)
    } else {
        None
    }
}

/// `obj[key]`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_getitem(obj: *mut PyObject, key: *mut PyObject) -> *mut PyObject {
    let tp = Py_TYPE(obj);
    if tp == &raw mut PyList_Type {
        if let Some(i) = compact_int(key) {
            return match normalize_index(i, PyList_GET_SIZE(obj)) {
                Some(j) => new_ref(PyList_GET_ITEM(obj, j)),
                None => index_error("list index out of range"),
            };
        }
    } else if tp == &raw mut PyTuple_Type {
        if let Some(i) = compact_int(key) {
            return match normalize_index(i, PyTuple_GET_SIZE(obj)) {
                Some(j) => new_ref(PyTuple_GET_ITEM(obj, j)),
                None => index_error("tuple index out of range"),
            };
        }
    } else if tp == &raw mut PyDict_Type {
        let v = PyDict_GetItemWithError(obj, key);
        if !v.is_null() {
            return new_ref(v);
        }
        if PyErr_Occurred().is_null() {
            raise_key_error(key);
        }
        return ptr::null_mut();
    }
    PyObject_GetItem(obj, key)
}

/// `obj[key] = value`: 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_setitem(
    obj: *mut PyObject,
    key: *mut PyObject,
    value: *mut PyObject,
) -> c_int {
    let tp = Py_TYPE(obj);
    if tp == &raw mut PyList_Type {
        if let Some(i) = compact_int(key) {
            return match normalize_index(i, PyList_GET_SIZE(obj)) {
                Some(j) => {
                    let old = PyList_GET_ITEM(obj, j);
                    PyList_SET_ITEM(obj, j, new_ref(value));
                    // Released last: its `__del__` may run arbitrary code.
                    Py_DECREF(old);
                    0
                }
                None => {
                    index_error("list assignment index out of range");
                    -1
                }
            };
        }
    } else if tp == &raw mut PyDict_Type {
        return PyDict_SetItem(obj, key, value);
    }
    PyObject_SetItem(obj, key, value)
}

/// `del obj[key]`: 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_delitem(obj: *mut PyObject, key: *mut PyObject) -> c_int {
    PyObject_DelItem(obj, key)
}
