//! Building and filling containers: the helpers behind tuple/list/set/dict displays, f-string
//! joining, slices, star-unpacking into displays (`[*a]`, `{*a}`, `{**m}`) and the keyword
//! dictionaries of calls with `**` arguments.
//!
//! Displays are built from a variadic array of borrowed items. The error texts of the unpacking
//! forms are CPython's, which rewrites the generic protocol errors for them
//! (`Value after * must be an iterable, not int`, `'int' object is not a mapping`,
//! `f() got multiple values for keyword argument 'a'`).

use crate::util::{Owned, args_slice, new_ref, set_error, type_error, type_name};
use pyo3_ffi::*;
use std::ffi::c_int;

/// Raises `KeyError(key)` with `key` as the single argument, even when `key` is a tuple (which
/// `PyErr_SetObject` would otherwise unpack into several arguments).
#[cold]
pub(crate) unsafe fn raise_key_error(key: *mut PyObject) {
    let args = PyTuple_New(1);
    if args.is_null() {
        return;
    }
    PyTuple_SET_ITEM(args, 0, new_ref(key));
    PyErr_SetObject(PyExc_KeyError, args);
    Py_DECREF(args);
}

/// `slice(start, stop, step)`; `NULL` arguments mean `None`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_build_slice(
    start: *mut PyObject,
    stop: *mut PyObject,
    step: *mut PyObject,
) -> *mut PyObject {
    PySlice_New(start, stop, step)
}

/// A new tuple from `n` borrowed items.
pub(crate) unsafe fn tuple_from_items(items: &[*mut PyObject]) -> *mut PyObject {
    let t = PyTuple_New(items.len() as Py_ssize_t);
    if t.is_null() {
        return t;
    }
    for (i, &it) in items.iter().enumerate() {
        PyTuple_SET_ITEM(t, i as Py_ssize_t, new_ref(it));
    }
    t
}

/// `(*items,)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_build_tuple(
    items: *const *mut PyObject,
    n: i64,
) -> *mut PyObject {
    tuple_from_items(args_slice(items, n))
}

/// `[*items]`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_build_list(items: *const *mut PyObject, n: i64) -> *mut PyObject {
    let items = args_slice(items, n);
    let l = PyList_New(items.len() as Py_ssize_t);
    if l.is_null() {
        return l;
    }
    for (i, &it) in items.iter().enumerate() {
        PyList_SET_ITEM(l, i as Py_ssize_t, new_ref(it));
    }
    l
}

/// `{*items}` (a set display); unhashable items raise as `set.add` does.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_build_set(items: *const *mut PyObject, n: i64) -> *mut PyObject {
    let Some(s) = Owned::new(PySet_New(std::ptr::null_mut())) else {
        return std::ptr::null_mut();
    };
    for &it in args_slice(items, n) {
        if PySet_Add(s.as_ptr(), it) < 0 {
            return std::ptr::null_mut();
        }
    }
    s.into_ptr()
}

/// `{k0: v0, k1: v1, ...}` from alternating keys and values (later keys win, as in CPython).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_build_dict(items: *const *mut PyObject, n: i64) -> *mut PyObject {
    let items = args_slice(items, n);
    if items.len() % 2 != 0 {
        return set_error(PyExc_SystemError, "build_dict: odd number of items");
    }
    let Some(d) = Owned::new(PyDict_New()) else {
        return std::ptr::null_mut();
    };
    for kv in items.chunks_exact(2) {
        if PyDict_SetItem(d.as_ptr(), kv[0], kv[1]) < 0 {
            return std::ptr::null_mut();
        }
    }
    d.into_ptr()
}

/// The concatenation of `n` `str` items (the parts of an f-string).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_build_string(
    items: *const *mut PyObject,
    n: i64,
) -> *mut PyObject {
    let items = args_slice(items, n);
    match items {
        [] => new_ref(crate::interned!("")),
        [one] if PyUnicode_CheckExact(*one) != 0 => new_ref(*one),
        [a, b] => PyUnicode_Concat(*a, *b),
        _ => {
            let Some(t) = Owned::new(tuple_from_items(items)) else {
                return std::ptr::null_mut();
            };
            let sep = crate::interned!("");
            if sep.is_null() {
                return std::ptr::null_mut();
            }
            PyUnicode_Join(sep, t.as_ptr())
        }
    }
}

/// `list.append(item)`: 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_list_append(list: *mut PyObject, item: *mut PyObject) -> c_int {
    PyList_Append(list, item)
}

/// Whether CPython would call `o` "not iterable" when rewriting a `TypeError` from an
/// unpacking: its type has no `__iter__` and it is not a sequence.
pub(crate) unsafe fn is_not_iterable(o: *mut PyObject) -> bool {
    (*Py_TYPE(o)).tp_iter.is_none() && PySequence_Check(o) == 0
}

/// `list.extend(iterable)` for `[*a]` / `(*a,)`: 0, or -1 with an exception; a non-iterable
/// raises `TypeError: Value after * must be an iterable, not int`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_list_extend(
    list: *mut PyObject,
    iterable: *mut PyObject,
) -> c_int {
    if pyo3_ffi::compat::PyList_Extend(list, iterable) == 0 {
        return 0;
    }
    if PyErr_ExceptionMatches(PyExc_TypeError) != 0 && is_not_iterable(iterable) {
        PyErr_Clear();
        type_error(&format!(
            "Value after * must be an iterable, not {}",
            type_name(iterable)
        ));
    }
    -1
}

/// `tuple(list)`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_list_to_tuple(list: *mut PyObject) -> *mut PyObject {
    PyList_AsTuple(list)
}

/// A new reference to `obj` (see `RtFunc::NewRef`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_new_ref(obj: *mut PyObject) -> *mut PyObject {
    crate::util::new_ref(obj)
}

/// `set.add(item)`: 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_set_add(set: *mut PyObject, item: *mut PyObject) -> c_int {
    PySet_Add(set, item)
}

/// `set.update(iterable)` for `{*a}`: 0, or -1 with an exception (`'int' object is not
/// iterable`, as in CPython).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_set_update(set: *mut PyObject, iterable: *mut PyObject) -> c_int {
    let Some(it) = Owned::new(PyObject_GetIter(iterable)) else {
        return -1;
    };
    loop {
        let item = PyIter_Next(it.as_ptr());
        if item.is_null() {
            return if PyErr_Occurred().is_null() { 0 } else { -1 };
        }
        let r = PySet_Add(set, item);
        Py_DECREF(item);
        if r < 0 {
            return -1;
        }
    }
}

/// `dict[key] = value`: 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_dict_setitem(
    dict: *mut PyObject,
    key: *mut PyObject,
    value: *mut PyObject,
) -> c_int {
    PyDict_SetItem(dict, key, value)
}

/// `{**mapping}`: merges `mapping` into `dict` (later keys win): 0, or -1 with an exception;
/// a non-mapping raises `TypeError: 'int' object is not a mapping`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_dict_update(
    dict: *mut PyObject,
    mapping: *mut PyObject,
) -> c_int {
    if PyDict_Update(dict, mapping) == 0 {
        return 0;
    }
    if PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
        PyErr_Clear();
        type_error(&format!("'{}' object is not a mapping", type_name(mapping)));
    }
    -1
}

/// Outcome of [`merge_keywords`] apart from success.
enum MergeError {
    /// An exception is set.
    Raised,
    /// `key` (a new reference) is already present.
    Duplicate(Owned),
}

/// Adds every item of `mapping` to `dict`, failing on a key already present: dicts (whose
/// iteration is not overridden) are read directly, anything else through `keys()` and
/// `__getitem__`, with the duplicate check before each lookup, as CPython does.
unsafe fn merge_keywords(dict: *mut PyObject, mapping: *mut PyObject) -> Result<(), MergeError> {
    // Function pointers compared by address: both come from the dict type's slot.
    let dict_iter = PyDict_Type.tp_iter.map(|f| f as usize);
    if PyDict_Check(mapping) != 0 && (*Py_TYPE(mapping)).tp_iter.map(|f| f as usize) == dict_iter {
        let mut pos: Py_ssize_t = 0;
        let mut key = std::ptr::null_mut();
        let mut value = std::ptr::null_mut();
        while PyDict_Next(mapping, &mut pos, &mut key, &mut value) != 0 {
            // Keep both alive: the checks below can run `__eq__`/`__hash__`.
            let k = Owned::from_borrowed(key);
            let v = Owned::from_borrowed(value);
            match PyDict_Contains(dict, k.as_ptr()) {
                0 => {}
                1 => return Err(MergeError::Duplicate(k)),
                _ => return Err(MergeError::Raised),
            }
            if PyDict_SetItem(dict, k.as_ptr(), v.as_ptr()) < 0 {
                return Err(MergeError::Raised);
            }
        }
        return Ok(());
    }
    let Some(keys) = Owned::new(PyMapping_Keys(mapping)) else {
        return Err(MergeError::Raised);
    };
    let Some(it) = Owned::new(PyObject_GetIter(keys.as_ptr())) else {
        return Err(MergeError::Raised);
    };
    loop {
        let Some(k) = Owned::new(PyIter_Next(it.as_ptr())) else {
            return if PyErr_Occurred().is_null() {
                Ok(())
            } else {
                Err(MergeError::Raised)
            };
        };
        match PyDict_Contains(dict, k.as_ptr()) {
            0 => {}
            1 => return Err(MergeError::Duplicate(k)),
            _ => return Err(MergeError::Raised),
        }
        let Some(v) = Owned::new(PyObject_GetItem(mapping, k.as_ptr())) else {
            return Err(MergeError::Raised);
        };
        if PyDict_SetItem(dict, k.as_ptr(), v.as_ptr()) < 0 {
            return Err(MergeError::Raised);
        }
    }
}

/// How CPython names a callee in call errors: `module.qualname()` (no module for builtins or
/// when `__module__` is missing or `None`), `qualname()`, or `str(callee)` when it has no
/// `__qualname__`. Returns `None` with an exception set on failure. No exception may be
/// pending when this is called.
pub(crate) unsafe fn function_str(callee: *mut PyObject) -> Option<String> {
    let mut qualname = std::ptr::null_mut();
    if pyo3_ffi::compat::PyObject_GetOptionalAttr(
        callee,
        crate::interned!("__qualname__"),
        &mut qualname,
    ) < 0
    {
        return None;
    }
    let Some(qualname) = Owned::new(qualname) else {
        let s = Owned::new(PyObject_Str(callee))?;
        return Some(crate::util::str_lossy(s.as_ptr()));
    };
    let q = Owned::new(PyObject_Str(qualname.as_ptr()))?;
    let q = crate::util::str_lossy(q.as_ptr());
    let mut module = std::ptr::null_mut();
    if pyo3_ffi::compat::PyObject_GetOptionalAttr(
        callee,
        crate::interned!("__module__"),
        &mut module,
    ) < 0
    {
        return None;
    }
    if let Some(module) = Owned::new(module)
        && module.as_ptr() != Py_None()
    {
        let ne = PyObject_RichCompareBool(module.as_ptr(), crate::interned!("builtins"), Py_NE);
        if ne < 0 {
            return None;
        }
        if ne > 0 {
            let m = Owned::new(PyObject_Str(module.as_ptr()))?;
            return Some(format!("{}.{q}()", crate::util::str_lossy(m.as_ptr())));
        }
    }
    Some(format!("{q}()"))
}

/// Merges `**mapping` into the keyword dict of a call to `callee`, with CPython's errors
/// (`f() argument after ** must be a mapping, not int`, `f() got multiple values for keyword
/// argument 'a'`). Shared by [`heron_rt_dict_merge`] and `heron_rt_call_ex`.
pub(crate) unsafe fn merge_call_kwargs(
    dict: *mut PyObject,
    mapping: *mut PyObject,
    callee: *mut PyObject,
) -> c_int {
    match merge_keywords(dict, mapping) {
        Ok(()) => 0,
        Err(MergeError::Duplicate(key)) => {
            let Some(k) = Owned::new(PyObject_Str(key.as_ptr())) else {
                return -1;
            };
            if let Some(f) = function_str(callee) {
                type_error(&format!(
                    "{f} got multiple values for keyword argument '{}'",
                    crate::util::str_lossy(k.as_ptr())
                ));
            }
            -1
        }
        Err(MergeError::Raised) => {
            if PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
                PyErr_Clear();
                if let Some(f) = function_str(callee) {
                    type_error(&format!(
                        "{f} argument after ** must be a mapping, not {}",
                        type_name(mapping)
                    ));
                }
            }
            -1
        }
    }
}

/// `f(**mapping)`: merges `mapping` into the call's keyword dict `dict`; 0, or -1 with an
/// exception (CPython's texts, naming `callee`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_dict_merge(
    dict: *mut PyObject,
    mapping: *mut PyObject,
    callee: *mut PyObject,
) -> c_int {
    merge_call_kwargs(dict, mapping, callee)
}

/// Raises `IndexError(msg)` and returns `NULL`.
#[cold]
pub(crate) unsafe fn index_error(msg: &str) -> *mut PyObject {
    set_error(PyExc_IndexError, msg)
}
