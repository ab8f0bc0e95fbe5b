//! Operators, containers, calls, iteration, unpacking, attribute/item access and formatting,
//! checked from Python (`tests/py/operators.py`) against what CPython itself does for the same
//! expressions.
//!
//! The script reaches the helpers through a bridge function `rt(name, *args)`; `None` stands
//! for `NULL` where a helper accepts `NULL`. The script runs with the builtin `exec` object; it
//! is test scaffolding, not part of the runtime.
#![allow(unsafe_op_in_unsafe_fn, missing_docs)]

use heron_runtime::{attrs, calls, containers, format, iter, ops, util};
use pyo3_ffi::*;
use std::ffi::c_int;
use std::ptr;

type Bin = unsafe extern "C" fn(*mut PyObject, *mut PyObject) -> *mut PyObject;
type BinBool = unsafe extern "C" fn(*mut PyObject, *mut PyObject) -> c_int;
type Var = unsafe extern "C" fn(*const *mut PyObject, i64) -> *mut PyObject;

fn binary(name: &str) -> Option<Bin> {
    Some(match name {
        "add" => ops::heron_rt_add,
        "sub" => ops::heron_rt_sub,
        "mul" => ops::heron_rt_mul,
        "matmul" => ops::heron_rt_matmul,
        "truediv" => ops::heron_rt_truediv,
        "floordiv" => ops::heron_rt_floordiv,
        "mod" => ops::heron_rt_mod,
        "pow" => ops::heron_rt_pow,
        "lshift" => ops::heron_rt_lshift,
        "rshift" => ops::heron_rt_rshift,
        "or" => ops::heron_rt_or,
        "xor" => ops::heron_rt_xor,
        "and" => ops::heron_rt_and,
        "inplace_add" => ops::heron_rt_inplace_add,
        "inplace_sub" => ops::heron_rt_inplace_sub,
        "inplace_mul" => ops::heron_rt_inplace_mul,
        "inplace_matmul" => ops::heron_rt_inplace_matmul,
        "inplace_truediv" => ops::heron_rt_inplace_truediv,
        "inplace_floordiv" => ops::heron_rt_inplace_floordiv,
        "inplace_mod" => ops::heron_rt_inplace_mod,
        "inplace_pow" => ops::heron_rt_inplace_pow,
        "inplace_lshift" => ops::heron_rt_inplace_lshift,
        "inplace_rshift" => ops::heron_rt_inplace_rshift,
        "inplace_or" => ops::heron_rt_inplace_or,
        "inplace_xor" => ops::heron_rt_inplace_xor,
        "inplace_and" => ops::heron_rt_inplace_and,
        "compare_lt" => ops::heron_rt_compare_lt,
        "compare_le" => ops::heron_rt_compare_le,
        "compare_eq" => ops::heron_rt_compare_eq,
        "compare_ne" => ops::heron_rt_compare_ne,
        "compare_gt" => ops::heron_rt_compare_gt,
        "compare_ge" => ops::heron_rt_compare_ge,
        "getattr" => getattr_cached,
        "getitem" => attrs::heron_rt_getitem,
        _ => return None,
    })
}

/// One site cache per helper, shared by every call the script makes, so repeated calls
/// exercise the cached paths too (`SiteCache` is zero-initialized memory).
static mut GETATTR_CACHE: [u64; 16] = [0; 16];
static mut SETATTR_CACHE: [u64; 16] = [0; 16];

unsafe extern "C" fn getattr_cached(o: *mut PyObject, n: *mut PyObject) -> *mut PyObject {
    let cache = (&raw mut GETATTR_CACHE).cast::<heron_runtime::attr_cache::SiteCache>();
    heron_runtime::attr_cache::heron_rt_getattr_cached(o, n, cache)
}

unsafe fn setattr_cached(o: *mut PyObject, n: *mut PyObject, v: *mut PyObject) -> std::ffi::c_int {
    let cache = (&raw mut SETATTR_CACHE).cast::<heron_runtime::attr_cache::SiteCache>();
    heron_runtime::attr_cache::heron_rt_setattr_cached(o, n, v, cache)
}

fn binary_bool(name: &str) -> Option<BinBool> {
    Some(match name {
        "compare_bool_lt" => ops::heron_rt_compare_bool_lt,
        "compare_bool_le" => ops::heron_rt_compare_bool_le,
        "compare_bool_eq" => ops::heron_rt_compare_bool_eq,
        "compare_bool_ne" => ops::heron_rt_compare_bool_ne,
        "compare_bool_gt" => ops::heron_rt_compare_bool_gt,
        "compare_bool_ge" => ops::heron_rt_compare_bool_ge,
        "contains" => ops::heron_rt_contains,
        "delattr" => attrs::heron_rt_delattr,
        "delitem" => attrs::heron_rt_delitem,
        "list_append" => containers::heron_rt_list_append,
        "list_extend" => containers::heron_rt_list_extend,
        "set_add" => containers::heron_rt_set_add,
        "set_update" => containers::heron_rt_set_update,
        "dict_update" => containers::heron_rt_dict_update,
        _ => return None,
    })
}

fn variadic(name: &str) -> Option<Var> {
    Some(match name {
        "build_tuple" => containers::heron_rt_build_tuple,
        "build_list" => containers::heron_rt_build_list,
        "build_set" => containers::heron_rt_build_set,
        "build_dict" => containers::heron_rt_build_dict,
        "build_string" => containers::heron_rt_build_string,
        _ => return None,
    })
}

unsafe fn int_result(r: c_int) -> *mut PyObject {
    if r < 0 {
        ptr::null_mut()
    } else {
        PyLong_FromLong(r as _)
    }
}

/// `None` → `NULL`.
unsafe fn opt(o: *mut PyObject) -> *mut PyObject {
    if o == Py_None() { ptr::null_mut() } else { o }
}

unsafe fn dispatch(name: &str, a: &[*mut PyObject]) -> *mut PyObject {
    let int = |o: *mut PyObject| PyLong_AsLongLong(o);
    let rest = |from: usize| {
        let r = &a[from.min(a.len())..];
        (r.as_ptr(), r.len() as i64)
    };
    if let Some(f) = binary(name) {
        return f(a[0], a[1]);
    }
    if let Some(f) = binary_bool(name) {
        return int_result(f(a[0], a[1]));
    }
    if let Some(f) = variadic(name) {
        let (p, n) = rest(0);
        return f(p, n);
    }
    match name {
        "neg" => ops::heron_rt_neg(a[0]),
        "pos" => ops::heron_rt_pos(a[0]),
        "invert" => ops::heron_rt_invert(a[0]),
        "is_true" => int_result(ops::heron_rt_is_true(a[0])),
        "setattr" => int_result(setattr_cached(a[0], a[1], a[2])),
        "setitem" => int_result(attrs::heron_rt_setitem(a[0], a[1], a[2])),
        "build_slice" => containers::heron_rt_build_slice(opt(a[0]), opt(a[1]), opt(a[2])),
        "list_to_tuple" => containers::heron_rt_list_to_tuple(a[0]),
        "dict_setitem" => int_result(containers::heron_rt_dict_setitem(a[0], a[1], a[2])),
        "dict_merge" => int_result(containers::heron_rt_dict_merge(a[0], a[1], a[2])),
        "format_value" => format::heron_rt_format_value(a[0], int(a[1]), opt(a[2])),
        "call" => {
            let (p, n) = rest(1);
            calls::heron_rt_call(a[0], p, n)
        }
        "call_kw" => {
            let (p, n) = rest(2);
            calls::heron_rt_call_kw(a[0], a[1], p, n)
        }
        "call_method" => {
            // Copy into a writable array, as codegen's stack array is.
            let mut v: Vec<*mut PyObject> = a[1..].to_vec();
            calls::call_method(a[0], v.as_mut_ptr(), v.len() as i64)
        }
        "call_method_kw" => {
            let mut v: Vec<*mut PyObject> = a[2..].to_vec();
            calls::call_method_kw(a[0], a[1], v.as_mut_ptr(), v.len() as i64)
        }
        "call_ex" => calls::heron_rt_call_ex(a[0], a[1], opt(a[2])),
        "call_introspect" => {
            let (p, n) = rest(4);
            calls::heron_rt_call_introspect(int(a[0]), a[1], a[2], opt(a[3]), p, n)
        }
        "get_iter" => iter::heron_rt_get_iter(a[0]),
        "iter_next" => {
            let r = iter::heron_rt_iter_next(a[0]);
            if r.is_null() && PyErr_Occurred().is_null() {
                // Exhausted: report it as a distinct value.
                return util::str_from("<exhausted>");
            }
            r
        }
        "unpack_sequence" => iter::heron_rt_unpack_sequence(a[0], int(a[1])),
        "unpack_ex" => iter::heron_rt_unpack_ex(a[0], int(a[1]), int(a[2])),
        _ => util::type_error(&format!("no helper {name}")),
    }
}

unsafe extern "C" fn bridge(
    _m: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject {
    let a = std::slice::from_raw_parts(args, nargs as usize);
    if a.is_empty() {
        return util::type_error("rt(name, *args)");
    }
    let name = util::str_lossy(a[0]);
    let r = dispatch(&name, &a[1..]);
    if r.is_null() && PyErr_Occurred().is_null() {
        return util::set_error(PyExc_SystemError, "NULL without an exception");
    }
    if !r.is_null() && !PyErr_Occurred().is_null() {
        return util::set_error(PyExc_SystemError, "result with an exception set");
    }
    r
}

static mut METHOD: PyMethodDef = PyMethodDef::zeroed();

unsafe fn take_error() -> String {
    let (mut t, mut v, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
    PyErr_Fetch(&mut t, &mut v, &mut tb);
    PyErr_NormalizeException(&mut t, &mut v, &mut tb);
    let module = PyImport_ImportModule(c"traceback".as_ptr());
    let fmt = PyObject_GetAttrString(module, c"format_exception".as_ptr());
    let none = Py_None();
    let args = [t, v, if tb.is_null() { none } else { tb }];
    let lines = PyObject_Vectorcall(fmt, args.as_ptr(), 3, ptr::null_mut());
    let empty = util::str_from("");
    let text = PyUnicode_Join(empty, lines);
    let s = util::str_lossy(text);
    for o in [module, fmt, lines, empty, text, t, v, tb] {
        util::xdecref(o);
    }
    PyErr_Clear();
    s
}

#[test]
fn operators_match_cpython() {
    let failure = unsafe {
        Py_InitializeEx(0);
        METHOD.ml_name = c"rt".as_ptr();
        METHOD.ml_meth = PyMethodDefPointer {
            PyCFunctionFast: bridge,
        };
        METHOD.ml_flags = METH_FASTCALL;
        let f = PyCFunction_NewEx(&raw mut METHOD, ptr::null_mut(), ptr::null_mut());
        assert!(!f.is_null());
        let main = PyImport_AddModule(c"__main__".as_ptr());
        let globals = PyModule_GetDict(main);
        PyDict_SetItemString(globals, c"rt".as_ptr(), f);
        let builtins = PyImport_ImportModule(c"builtins".as_ptr());
        let exec = PyObject_GetAttrString(builtins, c"exec".as_ptr());
        let code = util::str_from(include_str!("py/operators.py"));
        let args = [code, globals];
        let r = PyObject_Vectorcall(exec, args.as_ptr(), 2, ptr::null_mut());
        let failure = if r.is_null() {
            Some(take_error())
        } else {
            None
        };
        util::xdecref(r);
        failure
    };
    if let Some(f) = failure {
        panic!("operators.py failed:\n{f}");
    }
}
