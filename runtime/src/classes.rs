//! Classes: `__build_class__`, class-body names and zero-argument `super()`.
//!
//! A `class` statement compiles to a call of [`heron_rt_build_class`] with the compiled class
//! body (an ordinary compiled function taking the namespace as its one argument), the name,
//! the bases and the keywords. It does what CPython 3.11's `builtins.__build_class__` does —
//! which cannot be used itself, because it runs the body as bytecode with the namespace as
//! the frame's locals. Names in the body go through the namespace with `LOAD_NAME`'s and
//! `LOAD_CLASSDEREF`'s rules ([`heron_rt_load_name`], [`heron_rt_load_class_deref`]).
//!
//! `super()` with no arguments reads the caller's frame in CPython (its first argument and its
//! `__class__` cell); compiled frames keep their variables in registers, so generated code
//! passes both to [`heron_rt_super_zero_arg`].

use crate::ffi_ext::_PyType_CalculateMetaclass;
use crate::namespace::cell_ref;
use crate::util::{Owned, new_ref, repr_lossy, set_error, type_name, type_name_of};
use pyo3_ffi::*;
use std::ffi::c_int;
use std::ptr;

/// PEP 560: replaces bases that are not classes but define `__mro_entries__` by what it
/// returns. Returns `orig_bases` itself (new reference) when nothing changed.
unsafe fn update_bases(orig_bases: *mut PyObject) -> *mut PyObject {
    let n = PyTuple_GET_SIZE(orig_bases);
    let key = crate::interned!("__mro_entries__");
    if key.is_null() {
        return ptr::null_mut();
    }
    let mut new_bases: Option<Owned> = None;
    for i in 0..n {
        let base = PyTuple_GET_ITEM(orig_bases, i);
        let mut meth = ptr::null_mut();
        if PyType_Check(base) == 0 && compat::PyObject_GetOptionalAttr(base, key, &mut meth) < 0 {
            return ptr::null_mut();
        }
        if meth.is_null() {
            if let Some(list) = &new_bases
                && PyList_Append(list.as_ptr(), base) < 0
            {
                return ptr::null_mut();
            }
            continue;
        }
        let entries = PyObject_CallOneArg(meth, orig_bases);
        Py_DECREF(meth);
        let Some(entries) = Owned::new(entries) else {
            return ptr::null_mut();
        };
        if PyTuple_Check(entries.as_ptr()) == 0 {
            return set_error(PyExc_TypeError, "__mro_entries__ must return a tuple");
        }
        if new_bases.is_none() {
            let Some(list) = Owned::new(PyTuple_GetSlice(orig_bases, 0, i)) else {
                return ptr::null_mut();
            };
            let Some(list) = Owned::new(PySequence_List(list.as_ptr())) else {
                return ptr::null_mut();
            };
            new_bases = Some(list);
        }
        let list = new_bases.as_ref().map_or(ptr::null_mut(), Owned::as_ptr);
        let end = PyList_GET_SIZE(list);
        if PyList_SetSlice(list, end, end, entries.as_ptr()) < 0 {
            return ptr::null_mut();
        }
    }
    match new_bases {
        None => new_ref(orig_bases),
        Some(list) => PyList_AsTuple(list.as_ptr()),
    }
}

/// `PyObject_VectorcallDict(callee, args, kwargs)`.
unsafe fn call_with_dict(
    callee: *mut PyObject,
    args: &[*mut PyObject],
    kwargs: *mut PyObject,
) -> *mut PyObject {
    PyObject_VectorcallDict(callee, args.as_ptr(), args.len(), kwargs)
}

/// `__build_class__(body, name, *bases, **keywords)` (see the module docs). `keywords` is a
/// dict the caller created for this call, or `NULL`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_build_class(
    body: *mut PyObject,
    name: *mut PyObject,
    orig_bases: *mut PyObject,
    keywords: *mut PyObject,
) -> *mut PyObject {
    let Some(bases) = Owned::new(update_bases(orig_bases)) else {
        return ptr::null_mut();
    };
    let bases = bases.as_ptr();

    // The metaclass: `metaclass=` (removed from the keywords), else the type of the first base,
    // else `type`; if it is a class, the most derived metaclass of it and the bases' types.
    let mut meta: Option<Owned> = None;
    let mut is_class = true;
    if !keywords.is_null() {
        let key = crate::interned!("metaclass");
        if key.is_null() {
            return ptr::null_mut();
        }
        let given = PyDict_GetItemWithError(keywords, key);
        if !given.is_null() {
            let given = Owned::from_borrowed(given);
            if PyDict_DelItem(keywords, key) < 0 {
                return ptr::null_mut();
            }
            is_class = PyType_Check(given.as_ptr()) != 0;
            meta = Some(given);
        } else if !PyErr_Occurred().is_null() {
            return ptr::null_mut();
        }
    }
    let mut meta = match meta {
        Some(m) => m,
        None if PyTuple_GET_SIZE(bases) == 0 => {
            Owned::from_borrowed(&raw mut PyType_Type as *mut PyObject)
        }
        None => Owned::from_borrowed(Py_TYPE(PyTuple_GET_ITEM(bases, 0)) as *mut PyObject),
    };
    if is_class {
        let winner = _PyType_CalculateMetaclass(meta.as_ptr() as *mut PyTypeObject, bases);
        if winner.is_null() {
            return ptr::null_mut();
        }
        if winner as *mut PyObject != meta.as_ptr() {
            meta = Owned::from_borrowed(winner as *mut PyObject);
        }
    }
    let meta = meta.as_ptr();
    // Keywords left after `metaclass=` go to `__prepare__` and the metaclass; an empty dict is
    // the same as none.
    let kw = if !keywords.is_null() && PyDict_Size(keywords) > 0 {
        keywords
    } else {
        ptr::null_mut()
    };

    // The namespace.
    let prepare = crate::interned!("__prepare__");
    if prepare.is_null() {
        return ptr::null_mut();
    }
    let mut prep = ptr::null_mut();
    if compat::PyObject_GetOptionalAttr(meta, prepare, &mut prep) < 0 {
        return ptr::null_mut();
    }
    let ns = if prep.is_null() {
        PyDict_New()
    } else {
        let ns = call_with_dict(prep, &[name, bases], kw);
        Py_DECREF(prep);
        ns
    };
    let Some(ns) = Owned::new(ns) else {
        return ptr::null_mut();
    };
    if PyMapping_Check(ns.as_ptr()) == 0 {
        let meta_name = if is_class {
            type_name_of(meta as *mut PyTypeObject)
        } else {
            "<metaclass>".to_string()
        };
        return set_error(
            PyExc_TypeError,
            &format!(
                "{meta_name}.__prepare__() must return a mapping, not {}",
                type_name(ns.as_ptr())
            ),
        );
    }

    // The body, then the class.
    let Some(cell) = Owned::new(PyObject_CallOneArg(body, ns.as_ptr())) else {
        return ptr::null_mut();
    };
    if bases != orig_bases
        && PyMapping_SetItemString(ns.as_ptr(), c"__orig_bases__".as_ptr(), orig_bases) < 0
    {
        return ptr::null_mut();
    }
    let Some(cls) = Owned::new(call_with_dict(meta, &[name, bases, ns.as_ptr()], kw)) else {
        return ptr::null_mut();
    };
    let cell = cell.as_ptr();
    if PyType_Check(cls.as_ptr()) != 0 && PyCell_Check(cell) != 0 {
        let cell_cls = cell_ref(cell);
        if cell_cls != cls.as_ptr() {
            if cell_cls.is_null() {
                let msg = format!(
                    "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                    repr_lossy(name),
                    repr_lossy(cls.as_ptr())
                );
                return set_error(PyExc_RuntimeError, &msg);
            }
            let msg = format!(
                "__class__ set to {} defining {} as {}",
                repr_lossy(cell_cls),
                repr_lossy(name),
                repr_lossy(cls.as_ptr())
            );
            return set_error(PyExc_TypeError, &msg);
        }
    }
    if PyType_Check(cls.as_ptr()) != 0 && wrap_implicit_methods(cls.as_ptr()) < 0 {
        return ptr::null_mut();
    }
    cls.into_ptr()
}

/// `type.__new__` makes a plain `__new__` a static method and plain `__init_subclass__` and
/// `__class_getitem__` class methods — but only for CPython's own function type. Compiled
/// functions get the same treatment here, in the new class's dict (so the metaclass and the
/// namespace see exactly what CPython shows them).
unsafe fn wrap_implicit_methods(cls: *mut PyObject) -> c_int {
    let dict = (*(cls as *mut PyTypeObject)).tp_dict;
    if dict.is_null() {
        return 0;
    }
    let mut changed = false;
    let names = [
        (crate::interned!("__new__"), &raw mut PyStaticMethod_Type),
        (
            crate::interned!("__init_subclass__"),
            &raw mut PyClassMethod_Type,
        ),
        (
            crate::interned!("__class_getitem__"),
            &raw mut PyClassMethod_Type,
        ),
    ];
    for (name, wrapper) in names {
        if name.is_null() {
            return -1;
        }
        let f = PyDict_GetItemWithError(dict, name);
        if f.is_null() {
            if !PyErr_Occurred().is_null() {
                return -1;
            }
            continue;
        }
        if !crate::function::is_heron_function(f) {
            continue;
        }
        let Some(wrapped) = Owned::new(PyObject_CallOneArg(wrapper as *mut PyObject, f)) else {
            return -1;
        };
        if PyDict_SetItem(dict, name, wrapped.as_ptr()) < 0 {
            return -1;
        }
        changed = true;
    }
    if changed {
        PyType_Modified(cls as *mut PyTypeObject);
    }
    0
}

/// `ns[name]`: 1 and a new reference if present, 0 if not (no exception), -1 on error.
#[inline]
unsafe fn ns_lookup(ns: *mut PyObject, name: *mut PyObject, out: &mut *mut PyObject) -> c_int {
    if PyDict_CheckExact(ns) != 0 {
        let v = PyDict_GetItemWithError(ns, name);
        if !v.is_null() {
            *out = new_ref(v);
            return 1;
        }
        return if PyErr_Occurred().is_null() { 0 } else { -1 };
    }
    let v = PyObject_GetItem(ns, name);
    if !v.is_null() {
        *out = v;
        return 1;
    }
    if PyErr_ExceptionMatches(PyExc_KeyError) != 0 {
        PyErr_Clear();
        return 0;
    }
    -1
}

/// A class-body name: the namespace, then the globals, then the builtins (`LOAD_NAME`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_load_name(
    ns: *mut PyObject,
    globals: *mut PyObject,
    builtins: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    let mut v = ptr::null_mut();
    match ns_lookup(ns, name, &mut v) {
        1 => v,
        0 => crate::namespace::heron_rt_load_global(globals, builtins, name),
        _ => ptr::null_mut(),
    }
}

/// A free variable read in a class body: the namespace, then the cell (`LOAD_CLASSDEREF`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_load_class_deref(
    ns: *mut PyObject,
    cell: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    let mut v = ptr::null_mut();
    match ns_lookup(ns, name, &mut v) {
        1 => v,
        0 => crate::namespace::heron_rt_cell_get_free(cell, name),
        _ => ptr::null_mut(),
    }
}

/// `ns[name] = value` (`STORE_NAME`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_store_name(
    ns: *mut PyObject,
    name: *mut PyObject,
    value: *mut PyObject,
) -> c_int {
    if PyDict_CheckExact(ns) != 0 {
        PyDict_SetItem(ns, name, value)
    } else {
        PyObject_SetItem(ns, name, value)
    }
}

/// `del ns[name]`, or `NameError: name 'x' is not defined` (`DELETE_NAME`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_del_name(ns: *mut PyObject, name: *mut PyObject) -> c_int {
    if PyObject_DelItem(ns, name) == 0 {
        return 0;
    }
    // As CPython's `DELETE_NAME`: whatever the namespace raised becomes the `NameError`.
    PyErr_Clear();
    crate::namespace::raise_name_not_defined(name);
    -1
}

/// `super()` with no arguments (see the module docs and `RtFunc::SuperZeroArg`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_super_zero_arg(
    callee: *mut PyObject,
    class_cell: *mut PyObject,
    first: *mut PyObject,
    mode: i64,
) -> *mut PyObject {
    if callee != &raw mut PySuper_Type as *mut PyObject {
        return PyObject_CallNoArgs(callee);
    }
    if mode == 0 {
        return set_error(PyExc_RuntimeError, "super(): no arguments");
    }
    let obj = if mode == 2 { cell_ref(first) } else { first };
    if obj.is_null() {
        return set_error(PyExc_RuntimeError, "super(): arg[0] deleted");
    }
    if class_cell.is_null() {
        return set_error(PyExc_RuntimeError, "super(): __class__ cell not found");
    }
    let cls = cell_ref(class_cell);
    if cls.is_null() {
        return set_error(PyExc_RuntimeError, "super(): empty __class__ cell");
    }
    if PyType_Check(cls) == 0 {
        return set_error(
            PyExc_RuntimeError,
            &format!("super(): __class__ is not a type ({})", type_name(cls)),
        );
    }
    let args = [cls, obj];
    PyObject_Vectorcall(callee, args.as_ptr(), 2, ptr::null_mut())
}
