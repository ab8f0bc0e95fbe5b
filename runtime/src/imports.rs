//! `import` statements: `IMPORT_NAME`, `IMPORT_FROM` and `import *` with CPython 3.11's
//! semantics and error messages.
//!
//! `import x` goes through `builtins.__import__` found in the importing module's builtins, so
//! programs that replace `__import__` see compiled imports too; when it is still the original
//! builtin, the runtime calls the import machinery directly, as the interpreter does.

use crate::util::{new_ref, none, set_error, str_lossy, type_error, type_name};
use pyo3_ffi::*;
use std::ffi::{CStr, c_int};
use std::ptr;

/// Whether `f` is the interpreter's own `builtins.__import__`.
unsafe fn is_original_import(f: *mut PyObject) -> bool {
    if PyCFunction_Check(f) == 0 {
        return false;
    }
    let cf = f as *mut PyCFunctionObject;
    let def = (*cf).m_ml;
    if def.is_null() || (*def).ml_name.is_null() || CStr::from_ptr((*def).ml_name) != c"__import__"
    {
        return false;
    }
    let owner = (*cf).m_self;
    !owner.is_null() && PyModule_Check(owner) != 0 && {
        let name = PyModule_GetNameObject(owner);
        if name.is_null() {
            PyErr_Clear();
            false
        } else {
            let is_builtins = PyUnicode_CompareWithASCIIString(name, c"builtins".as_ptr()) == 0;
            Py_DECREF(name);
            is_builtins
        }
    }
}

/// `import name` / `from name import ...`: `__import__(name, globals, None, fromlist, level)`.
/// `fromlist` is `None` or a tuple of names. New reference (the module or top-level package).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_import_name(
    name: *mut PyObject,
    fromlist: *mut PyObject,
    level: i64,
    globals: *mut PyObject,
) -> *mut PyObject {
    let fromlist = if fromlist.is_null() { none() } else { fromlist };
    let import_key = crate::interned!("__import__");
    if import_key.is_null() {
        return ptr::null_mut();
    }
    let builtins = crate::function::builtins_from_globals(globals);
    if builtins.is_null() {
        return ptr::null_mut();
    }
    let import_func = if PyDict_Check(builtins) != 0 {
        let f = PyDict_GetItemWithError(builtins, import_key);
        if f.is_null() {
            ptr::null_mut()
        } else {
            new_ref(f)
        }
    } else {
        let f = PyObject_GetItem(builtins, import_key);
        if f.is_null() && PyErr_ExceptionMatches(PyExc_KeyError) != 0 {
            PyErr_Clear();
        }
        f
    };
    Py_DECREF(builtins);
    if import_func.is_null() {
        if PyErr_Occurred().is_null() {
            set_error(PyExc_ImportError, "__import__ not found");
        }
        return ptr::null_mut();
    }
    let level = level.clamp(c_int::MIN as i64, c_int::MAX as i64) as c_int;
    let result = if is_original_import(import_func) {
        PyImport_ImportModuleLevelObject(name, globals, none(), fromlist, level)
    } else {
        let pylevel = PyLong_FromLong(level as _);
        if pylevel.is_null() {
            Py_DECREF(import_func);
            return ptr::null_mut();
        }
        let args = [name, globals, none(), fromlist, pylevel];
        let r = PyObject_Vectorcall(import_func, args.as_ptr(), 5, ptr::null_mut());
        Py_DECREF(pylevel);
        r
    };
    Py_DECREF(import_func);
    result
}

/// `getattr(obj, name)` that returns `NULL` without an exception if the attribute is missing
/// (`AttributeError` swallowed).
unsafe fn getattr_optional(obj: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
    let v = PyObject_GetAttr(obj, name);
    if v.is_null() && PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
        PyErr_Clear();
    }
    v
}

/// Whether `module.__spec__._initializing` is true (a circular import in progress).
unsafe fn spec_is_initializing(module: *mut PyObject) -> bool {
    let spec_key = crate::interned!("__spec__");
    if spec_key.is_null() {
        PyErr_Clear();
        return false;
    }
    let spec = getattr_optional(module, spec_key);
    if spec.is_null() {
        PyErr_Clear();
        return false;
    }
    let init = PyObject_GetAttrString(spec, c"_initializing".as_ptr());
    Py_DECREF(spec);
    if init.is_null() {
        PyErr_Clear();
        return false;
    }
    let r = PyObject_IsTrue(init);
    Py_DECREF(init);
    if r < 0 {
        PyErr_Clear();
    }
    r > 0
}

/// `from module import name`: the attribute, else the submodule `sys.modules[f"{module.__name__}.{name}"]`,
/// else `ImportError: cannot import name ...` with `name`/`path` set as CPython does.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_import_from(
    module: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    let x = getattr_optional(module, name);
    if !x.is_null() || !PyErr_Occurred().is_null() {
        return x;
    }
    let name_key = crate::interned!("__name__");
    if name_key.is_null() {
        return ptr::null_mut();
    }
    let mut pkgname = getattr_optional(module, name_key);
    if pkgname.is_null() {
        PyErr_Clear();
    } else if PyUnicode_Check(pkgname) == 0 {
        Py_DECREF(pkgname);
        pkgname = ptr::null_mut();
    } else {
        let full = PyUnicode_FromFormat(c"%U.%U".as_ptr(), pkgname, name);
        if full.is_null() {
            Py_DECREF(pkgname);
            return ptr::null_mut();
        }
        let sub = PyImport_GetModule(full);
        Py_DECREF(full);
        if !sub.is_null() {
            Py_DECREF(pkgname);
            return sub;
        }
        if !PyErr_Occurred().is_null() {
            Py_DECREF(pkgname);
            return ptr::null_mut();
        }
    }
    let shown_pkg = if pkgname.is_null() {
        String::from("'<unknown module name>'")
    } else {
        crate::util::repr_lossy(pkgname)
    };
    let pkgpath = if PyModule_Check(module) != 0 {
        PyModule_GetFilenameObject(module)
    } else {
        ptr::null_mut()
    };
    let message;
    let path;
    if pkgpath.is_null() || PyUnicode_Check(pkgpath) == 0 {
        PyErr_Clear();
        crate::util::xdecref(pkgpath);
        message = format!(
            "cannot import name {} from {} (unknown location)",
            crate::util::repr_lossy(name),
            shown_pkg
        );
        path = ptr::null_mut();
    } else {
        let where_ = str_lossy(pkgpath);
        message = if spec_is_initializing(module) {
            format!(
                "cannot import name {} from partially initialized module {} (most likely due to a circular import) ({})",
                crate::util::repr_lossy(name),
                shown_pkg,
                where_
            )
        } else {
            format!(
                "cannot import name {} from {} ({})",
                crate::util::repr_lossy(name),
                shown_pkg,
                where_
            )
        };
        path = pkgpath;
    }
    let msg = crate::util::str_from(&message);
    if !msg.is_null() {
        PyErr_SetImportError(msg, pkgname, path);
        Py_DECREF(msg);
    }
    crate::util::xdecref(pkgname);
    crate::util::xdecref(path);
    ptr::null_mut()
}

/// `from module import *` into `ns` (the module namespace): the names in `module.__all__`, or
/// else every public name (no leading underscore) in `module.__dict__`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_import_star(module: *mut PyObject, ns: *mut PyObject) -> c_int {
    let all_key = crate::interned!("__all__");
    let dict_key = crate::interned!("__dict__");
    if all_key.is_null() || dict_key.is_null() {
        return -1;
    }
    let mut all = getattr_optional(module, all_key);
    let mut skip_private = false;
    if all.is_null() {
        if !PyErr_Occurred().is_null() {
            return -1;
        }
        let dict = getattr_optional(module, dict_key);
        if dict.is_null() {
            if PyErr_Occurred().is_null() {
                set_error(
                    PyExc_ImportError,
                    "from-import-* object has no __dict__ and no __all__",
                );
            }
            return -1;
        }
        all = PyMapping_Keys(dict);
        Py_DECREF(dict);
        if all.is_null() {
            return -1;
        }
        skip_private = true;
    }
    let mut result = 0;
    let mut pos: Py_ssize_t = 0;
    loop {
        let name = PySequence_GetItem(all, pos);
        if name.is_null() {
            if PyErr_ExceptionMatches(PyExc_IndexError) != 0 {
                PyErr_Clear();
            } else {
                result = -1;
            }
            break;
        }
        pos += 1;
        if PyUnicode_Check(name) == 0 {
            bad_star_name(module, name, skip_private);
            Py_DECREF(name);
            result = -1;
            break;
        }
        if skip_private
            && PyUnicode_GetLength(name) > 0
            && PyUnicode_ReadChar(name, 0) == u32::from('_')
        {
            Py_DECREF(name);
            continue;
        }
        let value = PyObject_GetAttr(module, name);
        let r = if value.is_null() {
            -1
        } else if PyDict_CheckExact(ns) != 0 {
            PyDict_SetItem(ns, name, value)
        } else {
            PyObject_SetItem(ns, name, value)
        };
        crate::util::xdecref(value);
        Py_DECREF(name);
        if r < 0 {
            result = -1;
            break;
        }
    }
    Py_DECREF(all);
    result
}

#[cold]
unsafe fn bad_star_name(module: *mut PyObject, name: *mut PyObject, from_dict: bool) {
    let name_key = crate::interned!("__name__");
    if name_key.is_null() {
        return;
    }
    let modname = PyObject_GetAttr(module, name_key);
    if modname.is_null() {
        return;
    }
    if PyUnicode_Check(modname) == 0 {
        type_error(&format!(
            "module __name__ must be a string, not {}",
            type_name(modname)
        ));
    } else {
        type_error(&format!(
            "{} in {}.{} must be str, not {}",
            if from_dict { "Key" } else { "Item" },
            str_lossy(modname),
            if from_dict { "__dict__" } else { "__all__" },
            type_name(name)
        ));
    }
    Py_DECREF(modname);
}
