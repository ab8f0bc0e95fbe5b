//! Iteration and unpacking: `iter(x)`, one step of a `for` loop, and the unpacking
//! assignments `a, b = x` / `a, *b, c = x`.
//!
//! A `for` loop step calls the iterator's `tp_iternext` slot directly (what CPython's
//! `FOR_ITER` does): list, tuple and range iterators return their next item without any
//! protocol overhead, and exhaustion is `NULL` with no exception (a `StopIteration` raised by
//! the slot is swallowed).
//!
//! Unpacking returns a fresh tuple of exactly the number of targets, so that the caller can
//! store the items without further checks. Exact tuples and lists of the right size are
//! handled without an iterator; the error texts are CPython 3.11's (`cannot unpack
//! non-iterable int object`, `not enough values to unpack (expected 3, got 2)`, `too many
//! values to unpack (expected 2)`, `... (expected at least 3, got 2)`).

use crate::containers::is_not_iterable;
use crate::util::{Owned, new_ref, type_error, type_name};
use pyo3_ffi::*;
use std::ptr;

/// `iter(obj)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_get_iter(obj: *mut PyObject) -> *mut PyObject {
    PyObject_GetIter(obj)
}

/// The next item of `iterator`, or `NULL`: without an exception when it is exhausted, with one
/// on error.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_iter_next(iterator: *mut PyObject) -> *mut PyObject {
    if Py_TYPE(iterator) == &raw mut PyListIter_Type {
        return list_iter_next(iterator as *mut ListIter);
    }
    let Some(next) = (*Py_TYPE(iterator)).tp_iternext else {
        return type_error(&format!(
            "'{}' object is not an iterator",
            type_name(iterator)
        ));
    };
    let r = next(iterator);
    if r.is_null() {
        exhausted_or_error();
    }
    r
}

/// CPython's `listiterobject` (`Objects/listobject.c`).
#[repr(C)]
struct ListIter {
    ob_base: PyObject,
    it_index: Py_ssize_t,
    /// `NULL` once exhausted.
    it_seq: *mut PyObject,
}

/// `listiter_next`, without the indirect call (`for` over a list is the commonest loop).
#[inline(always)]
unsafe fn list_iter_next(it: *mut ListIter) -> *mut PyObject {
    let seq = (*it).it_seq;
    if seq.is_null() {
        return std::ptr::null_mut();
    }
    let i = (*it).it_index;
    if i < PyList_GET_SIZE(seq) {
        let item = PyList_GET_ITEM(seq, i);
        (*it).it_index = i + 1;
        Py_INCREF(item);
        return item;
    }
    (*it).it_seq = std::ptr::null_mut();
    Py_DECREF(seq);
    std::ptr::null_mut()
}

/// After `tp_iternext` returned `NULL`: clears a `StopIteration` (plain exhaustion).
#[cold]
unsafe fn exhausted_or_error() {
    if !PyErr_Occurred().is_null() && PyErr_ExceptionMatches(PyExc_StopIteration) != 0 {
        PyErr_Clear();
    }
}

/// Raises `ValueError(msg)`; returns `NULL`.
#[cold]
unsafe fn value_error(msg: &str) -> *mut PyObject {
    crate::util::set_error(PyExc_ValueError, msg)
}

/// `iter(seq)` for unpacking: a non-iterable raises `cannot unpack non-iterable X object`.
unsafe fn unpack_iter(seq: *mut PyObject) -> Option<Owned> {
    let it = PyObject_GetIter(seq);
    if it.is_null() {
        if PyErr_ExceptionMatches(PyExc_TypeError) != 0 && is_not_iterable(seq) {
            PyErr_Clear();
            type_error(&format!(
                "cannot unpack non-iterable {} object",
                type_name(seq)
            ));
        }
        return None;
    }
    Owned::new(it)
}

/// The items of an exact tuple or list, or `None` for any other object. The slice borrows the
/// container's storage: use it before running any code that could mutate the container.
unsafe fn exact_items<'a>(seq: *mut PyObject) -> Option<&'a [*mut PyObject]> {
    let tp = Py_TYPE(seq);
    let (ptr, len) = if tp == &raw mut PyTuple_Type {
        (
            (&raw const (*(seq as *mut PyTupleObject)).ob_item) as *const *mut PyObject,
            PyTuple_GET_SIZE(seq),
        )
    } else if tp == &raw mut PyList_Type {
        (
            (*(seq as *mut PyListObject)).ob_item as *const *mut PyObject,
            PyList_GET_SIZE(seq),
        )
    } else {
        return None;
    };
    if len == 0 {
        return Some(&[]);
    }
    Some(std::slice::from_raw_parts(ptr, len as usize))
}

/// `a, b, ... = seq` with `n` targets: a new tuple of exactly `n` items.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_unpack_sequence(seq: *mut PyObject, n: i64) -> *mut PyObject {
    let n = n.max(0) as usize;
    if let Some(items) = exact_items(seq) {
        if items.len() == n {
            // An exact tuple or list of the right length is handed back as is: lowering reads
            // all its items (`TupleGetItem`, which accepts both) before running any other code,
            // so a list cannot change in between.
            return new_ref(seq);
        }
        return if items.len() < n {
            value_error(&format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            ))
        } else {
            value_error(&format!("too many values to unpack (expected {n})"))
        };
    }
    let Some(it) = unpack_iter(seq) else {
        return ptr::null_mut();
    };
    let Some(out) = Owned::new(PyTuple_New(n as Py_ssize_t)) else {
        return ptr::null_mut();
    };
    for i in 0..n {
        let item = PyIter_Next(it.as_ptr());
        if item.is_null() {
            if PyErr_Occurred().is_null() {
                value_error(&format!(
                    "not enough values to unpack (expected {n}, got {i})"
                ));
            }
            return ptr::null_mut();
        }
        PyTuple_SET_ITEM(out.as_ptr(), i as Py_ssize_t, item);
    }
    let extra = PyIter_Next(it.as_ptr());
    if !extra.is_null() {
        Py_DECREF(extra);
        return value_error(&format!("too many values to unpack (expected {n})"));
    }
    if !PyErr_Occurred().is_null() {
        return ptr::null_mut();
    }
    out.into_ptr()
}

/// `a, *rest, b = seq` with `before` targets before the starred one and `after` after it: a new
/// tuple `(*before_items, rest_list, *after_items)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_unpack_ex(
    seq: *mut PyObject,
    before: i64,
    after: i64,
) -> *mut PyObject {
    let before = before.max(0) as usize;
    let after = after.max(0) as usize;
    let Some(out) = Owned::new(PyTuple_New((before + 1 + after) as Py_ssize_t)) else {
        return ptr::null_mut();
    };
    let not_enough = |got: usize| {
        value_error(&format!(
            "not enough values to unpack (expected at least {}, got {got})",
            before + after
        ))
    };
    if let Some(items) = exact_items(seq) {
        let len = items.len();
        if len < before + after {
            return not_enough(len);
        }
        // No code runs while the items are copied, so the borrowed storage stays valid.
        for (i, &item) in items[..before].iter().enumerate() {
            PyTuple_SET_ITEM(out.as_ptr(), i as Py_ssize_t, new_ref(item));
        }
        let rest = &items[before..len - after];
        let list = PyList_New(rest.len() as Py_ssize_t);
        if list.is_null() {
            return ptr::null_mut();
        }
        for (i, &item) in rest.iter().enumerate() {
            PyList_SET_ITEM(list, i as Py_ssize_t, new_ref(item));
        }
        PyTuple_SET_ITEM(out.as_ptr(), before as Py_ssize_t, list);
        for (i, &item) in items[len - after..].iter().enumerate() {
            PyTuple_SET_ITEM(out.as_ptr(), (before + 1 + i) as Py_ssize_t, new_ref(item));
        }
        return out.into_ptr();
    }
    let Some(it) = unpack_iter(seq) else {
        return ptr::null_mut();
    };
    for i in 0..before {
        let item = PyIter_Next(it.as_ptr());
        if item.is_null() {
            if PyErr_Occurred().is_null() {
                not_enough(i);
            }
            return ptr::null_mut();
        }
        PyTuple_SET_ITEM(out.as_ptr(), i as Py_ssize_t, item);
    }
    let Some(rest) = Owned::new(PySequence_List(it.as_ptr())) else {
        return ptr::null_mut();
    };
    let len = PyList_GET_SIZE(rest.as_ptr()) as usize;
    if len < after {
        return not_enough(before + len);
    }
    // Move the last `after` items from the list into the tuple, then shrink the list.
    for k in 0..after {
        let item = PyList_GET_ITEM(rest.as_ptr(), (len - after + k) as Py_ssize_t);
        PyTuple_SET_ITEM(out.as_ptr(), (before + 1 + k) as Py_ssize_t, new_ref(item));
    }
    if after > 0
        && PyList_SetSlice(
            rest.as_ptr(),
            (len - after) as Py_ssize_t,
            len as Py_ssize_t,
            ptr::null_mut(),
        ) < 0
    {
        return ptr::null_mut();
    }
    PyTuple_SET_ITEM(out.as_ptr(), before as Py_ssize_t, rest.into_ptr());
    out.into_ptr()
}
