//! Names: globals and builtins, closure cells, `locals()` snapshots and module annotations.
//!
//! Module-level and `global` names live in the module's dict; compiled code reads them with
//! [`heron_rt_load_global`], which falls back to the builtins the code was given (the frame's
//! `f_builtins`: a function's `__builtins__`, resolved from its globals when it was created),
//! as CPython's `LOAD_GLOBAL` does. Variables captured by
//! inner functions live in ordinary CPython cell objects, so closures interoperate with
//! `__closure__`, `inspect.getclosurevars` and friends. Errors carry CPython 3.11's texts, and
//! `NameError`s carry `.name` so the interpreter can offer "Did you mean" suggestions.

use crate::util::{new_ref, str_lossy, xnew_ref};
use pyo3_ffi::*;
use std::ffi::c_int;
use std::ptr;

/// Raises `exc_type(message)`; for `NameError` proper also sets `.name = name` (as CPython
/// does, for suggestions).
#[cold]
unsafe fn raise_name_error(exc_type: *mut PyObject, message: &str, name: *mut PyObject) {
    let msg = crate::util::str_from(message);
    if msg.is_null() {
        return;
    }
    let value = PyObject_CallOneArg(exc_type, msg);
    Py_DECREF(msg);
    if value.is_null() {
        return;
    }
    if exc_type == PyExc_NameError && PyObject_SetAttrString(value, c"name".as_ptr(), name) < 0 {
        PyErr_Clear();
    }
    PyErr_SetObject(exc_type, value);
    Py_DECREF(value);
}

/// Raises `NameError: name 'x' is not defined` (with `.name`).
#[cold]
pub(crate) unsafe fn raise_name_not_defined(name: *mut PyObject) {
    name_not_defined(name)
}

#[cold]
unsafe fn name_not_defined(name: *mut PyObject) {
    raise_name_error(
        PyExc_NameError,
        &format!("name '{}' is not defined", str_lossy(name)),
        name,
    );
}

#[cold]
unsafe fn unbound_local(name: *mut PyObject) {
    raise_name_error(
        PyExc_UnboundLocalError,
        &format!(
            "cannot access local variable '{}' where it is not associated with a value",
            str_lossy(name)
        ),
        name,
    );
}

#[cold]
unsafe fn unbound_free(name: *mut PyObject) {
    raise_name_error(
        PyExc_NameError,
        &format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            str_lossy(name)
        ),
        name,
    );
}

/// `seq[index]` of an exact tuple or list, borrowed; the index is known to be in range.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_tuple_get_item(seq: *mut PyObject, index: i64) -> *mut PyObject {
    if Py_TYPE(seq) == &raw mut PyList_Type {
        return *(*(seq as *mut PyListObject)).ob_item.add(index as usize);
    }
    PyTuple_GET_ITEM(seq, index as Py_ssize_t)
}

/// The value of a global name: `globals[name]`, else `builtins[name]`, else
/// `NameError: name 'x' is not defined`. `builtins` is the namespace the running code was
/// given (a function's `__builtins__`, fixed when it was created; a module body's, fixed when
/// it started), as CPython's `LOAD_GLOBAL` reads its frame's `f_builtins`. New reference.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_load_global(
    globals: *mut PyObject,
    builtins: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    let v = if PyDict_CheckExact(globals) != 0 {
        PyDict_GetItemWithError(globals, name)
    } else {
        // A dict subclass (`exec` accepts them): the mapping protocol, as CPython.
        let v = PyObject_GetItem(globals, name);
        if !v.is_null() {
            return v;
        }
        if PyErr_ExceptionMatches(PyExc_KeyError) != 0 {
            PyErr_Clear();
        }
        ptr::null_mut()
    };
    if !v.is_null() {
        return new_ref(v);
    }
    if !PyErr_Occurred().is_null() {
        return ptr::null_mut();
    }
    if PyDict_CheckExact(builtins) != 0 {
        let v = PyDict_GetItemWithError(builtins, name);
        if !v.is_null() {
            return new_ref(v);
        }
        if PyErr_Occurred().is_null() {
            name_not_defined(name);
        }
        return ptr::null_mut();
    }
    // A non-dict `__builtins__` mapping: CPython uses the mapping protocol.
    let v = PyObject_GetItem(builtins, name);
    if v.is_null() && PyErr_ExceptionMatches(PyExc_KeyError) != 0 {
        PyErr_Clear();
        name_not_defined(name);
    }
    v
}

/// A per-site cache for global loads; codegen reserves one, zeroed, for each `LoadGlobal`
/// site (see `heron_ir::abi`).
///
/// A name found in the globals is found again through its entry index (a hint, checked on
/// every use; see [`crate::dict_layout`]), so rebinding other globals, or this one, costs
/// nothing. A name found in the builtins relies on versions, as CPython 3.11's
/// `LOAD_GLOBAL_BUILTIN` does: while the globals' key set keeps the version recorded here
/// (see [`crate::dict_layout::assign_keys_version`]) the name is still absent from them, and
/// while the same builtins dict keeps its `ma_version_tag` (stamped fresh, never reused, on
/// every mutation) it still holds `value`, which keeps it alive.
#[repr(C)]
pub struct GlobalCache {
    /// Where the name was last found among the globals' entries.
    globals_hint: usize,
    /// The version of the globals' key set when the name was found absent from it (never 0).
    globals_keys_version: u32,
    builtins_version: u64,
    /// The builtins dict `value` came from (a strong reference, so that its address
    /// identifies it), or `NULL`.
    builtins: *mut PyObject,
    /// The cached builtin (borrowed from `builtins`), or `NULL` if none is cached.
    value: *mut PyObject,
}

#[inline(always)]
unsafe fn dict_version(d: *mut PyObject) -> u64 {
    (*(d as *mut PyDictObject)).ma_version_tag
}

/// [`heron_rt_load_global`] with a per-site cache. New reference, or `NULL` with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_load_global_cached(
    globals: *mut PyObject,
    builtins: *mut PyObject,
    name: *mut PyObject,
    cache: *mut GlobalCache,
) -> *mut PyObject {
    let c = &mut *cache;
    if PyDict_CheckExact(globals) == 0 || PyDict_CheckExact(builtins) == 0 {
        return heron_rt_load_global(globals, builtins, name);
    }
    let v = crate::dict_layout::dict_entry_at(globals, name, c.globals_hint);
    if !v.is_null() {
        return new_ref(v);
    }
    if !c.value.is_null()
        && c.builtins == builtins
        && c.globals_keys_version == crate::dict_layout::keys_version(globals)
        && c.builtins_version == dict_version(builtins)
    {
        return new_ref(c.value);
    }
    c.value = ptr::null_mut();
    // Versions are read before the lookups: a lookup that runs code (a `str` subclass key's
    // `__eq__`) and changes the dict leaves a stale version, so the next load misses.
    let globals_keys_version = crate::dict_layout::assign_keys_version(globals);
    let builtins_version = dict_version(builtins);
    let v = crate::dict_layout::dict_get_hinted(globals, name, &mut c.globals_hint);
    if !v.is_null() {
        return new_ref(v);
    }
    if !PyErr_Occurred().is_null() {
        return ptr::null_mut();
    }
    let v = PyDict_GetItemWithError(builtins, name);
    if v.is_null() {
        if PyErr_Occurred().is_null() {
            name_not_defined(name);
        }
        return ptr::null_mut();
    }
    if globals_keys_version != 0 {
        Py_INCREF(builtins);
        crate::util::xdecref(std::mem::replace(&mut c.builtins, builtins));
        c.globals_keys_version = globals_keys_version;
        c.builtins_version = builtins_version;
        c.value = v;
    }
    new_ref(v)
}

/// `globals[name] = value`. Returns 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_store_global(
    globals: *mut PyObject,
    name: *mut PyObject,
    value: *mut PyObject,
) -> c_int {
    if PyDict_CheckExact(globals) != 0 {
        PyDict_SetItem(globals, name, value)
    } else {
        PyObject_SetItem(globals, name, value)
    }
}

/// `del globals[name]`; `NameError` if it is not there.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_del_global(globals: *mut PyObject, name: *mut PyObject) -> c_int {
    let r = if PyDict_CheckExact(globals) != 0 {
        PyDict_DelItem(globals, name)
    } else {
        PyObject_DelItem(globals, name)
    };
    if r < 0 && PyErr_ExceptionMatches(PyExc_KeyError) != 0 {
        PyErr_Clear();
        name_not_defined(name);
    }
    r
}

/// A new cell holding `initial` (or empty for `NULL`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_new_cell(initial: *mut PyObject) -> *mut PyObject {
    PyCell_New(initial)
}

/// A cell's contents (borrowed, `NULL` if empty).
#[inline(always)]
pub(crate) unsafe fn cell_ref(cell: *mut PyObject) -> *mut PyObject {
    (*(cell as *mut PyCellObject)).ob_ref
}

/// The contents of a cell owned by the current function (new reference), or
/// `UnboundLocalError`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_cell_get(
    cell: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    let v = cell_ref(cell);
    if v.is_null() {
        unbound_local(name);
        return ptr::null_mut();
    }
    new_ref(v)
}

/// The contents of a free variable's cell (new reference), or `NameError` ("... in enclosing
/// scope").
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_cell_get_free(
    cell: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    let v = cell_ref(cell);
    if v.is_null() {
        unbound_free(name);
        return ptr::null_mut();
    }
    new_ref(v)
}

/// Sets a cell's contents (`NULL` empties it), releasing the old value.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_cell_set(cell: *mut PyObject, value: *mut PyObject) {
    let c = cell as *mut PyCellObject;
    let old = (*c).ob_ref;
    (*c).ob_ref = xnew_ref(value);
    crate::util::xdecref(old);
}

/// `del x` for a cell variable: empties the cell, or `UnboundLocalError` if already empty.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_cell_del(cell: *mut PyObject, name: *mut PyObject) -> c_int {
    let c = cell as *mut PyCellObject;
    let old = (*c).ob_ref;
    if old.is_null() {
        unbound_local(name);
        return -1;
    }
    (*c).ob_ref = ptr::null_mut();
    Py_DECREF(old);
    0
}

/// `dict[name] = value` unless `value` is `NULL` (an unbound local is left out of `locals()`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_locals_set(
    dict: *mut PyObject,
    name: *mut PyObject,
    value: *mut PyObject,
) -> c_int {
    if value.is_null() {
        // An unbound local disappears from the snapshot (as in CPython's `FastToLocals`).
        if PyObject_DelItem(dict, name) < 0 {
            if PyErr_ExceptionMatches(PyExc_KeyError) == 0 {
                return -1;
            }
            PyErr_Clear();
        }
        return 0;
    }
    PyObject_SetItem(dict, name, value)
}

/// `dict[name] = cell contents`, or removes `name` if the cell is empty.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_locals_set_cell(
    dict: *mut PyObject,
    name: *mut PyObject,
    cell: *mut PyObject,
) -> c_int {
    heron_rt_locals_set(dict, name, cell_ref(cell))
}

/// Raises `UnboundLocalError` for a local variable read before assignment.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_raise_unbound_local(name: *mut PyObject) {
    unbound_local(name);
}

/// `SETUP_ANNOTATIONS`: makes sure the namespace (a module dict, or a class namespace mapping)
/// has an `__annotations__` entry, creating an empty dict if not.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_setup_annotations(ns: *mut PyObject) -> c_int {
    let key = crate::interned!("__annotations__");
    if key.is_null() {
        return -1;
    }
    if PyDict_CheckExact(ns) != 0 {
        let v = PyDict_GetItemWithError(ns, key);
        if !v.is_null() {
            return 0;
        }
        if !PyErr_Occurred().is_null() {
            return -1;
        }
    } else {
        let v = PyObject_GetItem(ns, key);
        if !v.is_null() {
            Py_DECREF(v);
            return 0;
        }
        if PyErr_ExceptionMatches(PyExc_KeyError) == 0 {
            return -1;
        }
        PyErr_Clear();
    }
    let d = PyDict_New();
    if d.is_null() {
        return -1;
    }
    let r = PyObject_SetItem(ns, key, d);
    Py_DECREF(d);
    if r < 0 {
        return -1;
    }
    0
}
