//! Test support: an embedded interpreter and a bridge module `hrt` that exposes the runtime's
//! `extern "C"` helpers to Python test scripts, so their behaviour can be compared with what
//! CPython itself does for the same statements.
//!
//! The scripts are test scaffolding run with the builtin `exec` object; nothing here is part of
//! the runtime.
#![allow(dead_code, unsafe_op_in_unsafe_fn, missing_docs, unreachable_pub)]

use heron_runtime::function::HeronFunction;
use heron_runtime::*;
use pyo3_ffi::*;
use std::ffi::CString;
use std::ptr;
use std::sync::{Mutex, Once};

static INIT: Once = Once::new();
static SERIAL: Mutex<()> = Mutex::new(());

/// Runs `f` with the GIL held (initializing the interpreter once per test binary). Tests run
/// one at a time so scripts cannot interfere through shared interpreter state.
pub fn with_gil<R>(f: impl FnOnce() -> R) -> R {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    INIT.call_once(|| unsafe {
        Py_InitializeEx(0);
        PyEval_SaveThread();
    });
    unsafe {
        let g = PyGILState_Ensure();
        let r = f();
        PyGILState_Release(g);
        r
    }
}

/// Formats and clears the pending exception.
pub unsafe fn take_error() -> String {
    let exc = heron_runtime::exceptions::heron_rt_fetch_exception();
    let tb = PyImport_ImportModule(c"traceback".as_ptr());
    if tb.is_null() {
        PyErr_Clear();
        return String::from("<exception (traceback module unavailable)>");
    }
    let fmt = PyObject_GetAttrString(tb, c"format_exception".as_ptr());
    let lines = PyObject_CallOneArg(fmt, exc);
    let empty = PyUnicode_FromString(c"".as_ptr());
    let text = PyUnicode_Join(empty, lines);
    let s = util::str_lossy(text);
    for o in [tb, fmt, lines, empty, text, exc] {
        util::xdecref(o);
    }
    PyErr_Clear();
    s
}

static MODULE_COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Executes a test script in a fresh module (registered in `sys.modules`) that can use `hrt`;
/// panics with the Python traceback if it raises.
pub fn run_script(name: &str, src: &str) {
    let failure = with_gil(|| unsafe {
        let n = MODULE_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let modname = CString::new(format!("hrt_test_{name}_{n}")).unwrap();
        let module = PyModule_New(modname.as_ptr());
        let sys_modules = PyImport_GetModuleDict();
        PyDict_SetItemString(sys_modules, modname.as_ptr(), module);
        let globals = PyModule_GetDict(module);
        let builtins = PyImport_ImportModule(c"builtins".as_ptr());
        PyDict_SetItemString(globals, c"__builtins__".as_ptr(), builtins);
        let bridge = bridge_module();
        assert!(!bridge.is_null(), "bridge: {}", take_error());
        PyDict_SetItemString(globals, c"hrt".as_ptr(), bridge);
        let exec = PyObject_GetAttrString(builtins, c"exec".as_ptr());
        let code = util::str_from(src);
        let args = [code, globals];
        let r = PyObject_Vectorcall(exec, args.as_ptr(), 2, ptr::null_mut());
        let failure = if r.is_null() {
            Some(take_error())
        } else {
            None
        };
        util::xdecref(r);
        for o in [code, exec, bridge, builtins, module] {
            util::xdecref(o);
        }
        failure
    });
    if let Some(f) = failure {
        panic!("script {name} failed:\n{f}");
    }
}

// ---- bridge functions ------------------------------------------------------------------

unsafe fn arg(args: *const *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
    *args.offset(i)
}

/// `None` → `NULL`.
unsafe fn opt(o: *mut PyObject) -> *mut PyObject {
    if o == Py_None() { ptr::null_mut() } else { o }
}

unsafe fn int_of(o: *mut PyObject) -> i64 {
    PyLong_AsLongLong(o)
}

/// Returns its parameter slots as a tuple (`'<NULL>'` for a NULL slot).
unsafe extern "C" fn echo_body(
    func: *mut PyObject,
    args: *const *mut PyObject,
    _frame: *mut heron_runtime::frames::Frame,
) -> *mut PyObject {
    let n = (*(func as *mut HeronFunction)).nslots;
    let t = PyTuple_New(n);
    for i in 0..n {
        let mut a = arg(args, i);
        if a.is_null() {
            a = PyUnicode_FromString(c"<NULL>".as_ptr());
        } else {
            Py_INCREF(a);
        }
        PyTuple_SET_ITEM(t, i, a);
    }
    t
}

/// Calls itself forever.
unsafe extern "C" fn recurse_body(
    func: *mut PyObject,
    _args: *const *mut PyObject,
    _frame: *mut heron_runtime::frames::Frame,
) -> *mut PyObject {
    PyObject_CallNoArgs(func)
}

/// Returns `(globals, closure cell 0 contents or None)`, via the intrinsics.
unsafe extern "C" fn intrinsics_body(
    func: *mut PyObject,
    _args: *const *mut PyObject,
    _frame: *mut heron_runtime::frames::Frame,
) -> *mut PyObject {
    let g = function::heron_rt_function_globals(func);
    let f = func as *mut HeronFunction;
    let cell_value = if (*f).closure.is_null() {
        Py_None()
    } else {
        let cell = function::heron_rt_closure_cell(func, 0);
        let v = (*(cell as *mut PyCellObject)).ob_ref;
        if v.is_null() { Py_None() } else { v }
    };
    let t = PyTuple_New(2);
    PyTuple_SET_ITEM(t, 0, util::new_ref(g));
    PyTuple_SET_ITEM(t, 1, util::new_ref(cell_value));
    t
}

/// `make(spec, defaults, kwdefaults, annotations, closure, globals, kind)`.
unsafe extern "C" fn b_make(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    let body: function::FunctionBody = match int_of(arg(args, 6)) {
        1 => recurse_body,
        2 => intrinsics_body,
        _ => echo_body,
    };
    function::heron_rt_make_function(
        Some(body),
        arg(args, 0),
        arg(args, 5),
        arg(args, 1),
        arg(args, 2),
        arg(args, 3),
        arg(args, 4),
        0,
        ptr::null_mut(),
    )
}

unsafe fn none_or_null(ok: bool) -> *mut PyObject {
    if ok { util::py_none() } else { ptr::null_mut() }
}

/// `raise_(exc)` or `raise_(exc, cause)`.
unsafe extern "C" fn b_raise(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    n: Py_ssize_t,
) -> *mut PyObject {
    exceptions::heron_rt_raise(
        arg(args, 0),
        if n > 1 { arg(args, 1) } else { ptr::null_mut() },
    );
    ptr::null_mut()
}

unsafe extern "C" fn b_reraise(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    exceptions::heron_rt_reraise(arg(args, 0));
    ptr::null_mut()
}

unsafe extern "C" fn b_reraise_handled(
    _s: *mut PyObject,
    _a: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    exceptions::heron_rt_reraise_handled();
    ptr::null_mut()
}

/// `fetch(callable)`: calls it; on error returns the fetched exception.
unsafe extern "C" fn b_fetch(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    let r = PyObject_CallNoArgs(arg(args, 0));
    if !r.is_null() {
        return r;
    }
    let e = exceptions::heron_rt_fetch_exception();
    assert!(PyErr_Occurred().is_null());
    e
}

unsafe extern "C" fn b_get_handled(
    _s: *mut PyObject,
    _a: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    exceptions::heron_rt_get_handled_exception()
}

unsafe extern "C" fn b_set_handled(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    exceptions::heron_rt_set_handled_exception(arg(args, 0));
    util::py_none()
}

unsafe extern "C" fn b_matches(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    match exceptions::heron_rt_exception_matches(arg(args, 0), arg(args, 1)) {
        r if r < 0 => ptr::null_mut(),
        r => util::py_bool(r > 0),
    }
}

unsafe extern "C" fn b_assert_fail(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    n: Py_ssize_t,
) -> *mut PyObject {
    exceptions::heron_rt_assert_fail(if n > 0 { arg(args, 0) } else { ptr::null_mut() });
    ptr::null_mut()
}

unsafe extern "C" fn b_with_enter(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    exceptions::heron_rt_with_enter(arg(args, 0))
}

unsafe extern "C" fn b_with_exit(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    exceptions::heron_rt_with_exit(arg(args, 0), opt(arg(args, 1)))
}

unsafe extern "C" fn b_import_name(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    imports::heron_rt_import_name(
        arg(args, 0),
        arg(args, 1),
        int_of(arg(args, 2)),
        arg(args, 3),
    )
}

unsafe extern "C" fn b_import_from(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    imports::heron_rt_import_from(arg(args, 0), arg(args, 1))
}

unsafe extern "C" fn b_import_star(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    none_or_null(imports::heron_rt_import_star(arg(args, 0), arg(args, 1)) == 0)
}

unsafe extern "C" fn b_load_global(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    namespace::heron_rt_load_global(arg(args, 0), arg(args, 1), arg(args, 2))
}

unsafe extern "C" fn b_store_global(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    none_or_null(namespace::heron_rt_store_global(arg(args, 0), arg(args, 1), arg(args, 2)) == 0)
}

unsafe extern "C" fn b_del_global(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    none_or_null(namespace::heron_rt_del_global(arg(args, 0), arg(args, 1)) == 0)
}

unsafe extern "C" fn b_new_cell(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    n: Py_ssize_t,
) -> *mut PyObject {
    namespace::heron_rt_new_cell(if n > 0 { arg(args, 0) } else { ptr::null_mut() })
}

unsafe extern "C" fn b_cell_get(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    namespace::heron_rt_cell_get(arg(args, 0), arg(args, 1))
}

unsafe extern "C" fn b_cell_get_free(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    namespace::heron_rt_cell_get_free(arg(args, 0), arg(args, 1))
}

/// `cell_set(cell)` empties it, `cell_set(cell, v)` sets it.
unsafe extern "C" fn b_cell_set(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    n: Py_ssize_t,
) -> *mut PyObject {
    namespace::heron_rt_cell_set(
        arg(args, 0),
        if n > 1 { arg(args, 1) } else { ptr::null_mut() },
    );
    util::py_none()
}

unsafe extern "C" fn b_cell_del(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    none_or_null(namespace::heron_rt_cell_del(arg(args, 0), arg(args, 1)) == 0)
}

/// `locals_set(d, name)` (unbound) or `locals_set(d, name, v)`.
unsafe extern "C" fn b_locals_set(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    n: Py_ssize_t,
) -> *mut PyObject {
    let v = if n > 2 { arg(args, 2) } else { ptr::null_mut() };
    none_or_null(namespace::heron_rt_locals_set(arg(args, 0), arg(args, 1), v) == 0)
}

unsafe extern "C" fn b_locals_set_cell(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    none_or_null(namespace::heron_rt_locals_set_cell(arg(args, 0), arg(args, 1), arg(args, 2)) == 0)
}

unsafe extern "C" fn b_unbound(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    namespace::heron_rt_raise_unbound_local(arg(args, 0));
    ptr::null_mut()
}

unsafe extern "C" fn b_setup_annotations(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    none_or_null(namespace::heron_rt_setup_annotations(arg(args, 0)) == 0)
}

unsafe extern "C" fn b_tuple_get_item(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    util::new_ref(namespace::heron_rt_tuple_get_item(
        arg(args, 0),
        int_of(arg(args, 1)),
    ))
}

/// `tb_here(callable, globals, filename, name, line)`: calls `callable()`; on error adds a
/// compiled-frame traceback entry and propagates.
unsafe extern "C" fn b_tb_here(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    let r = PyObject_CallNoArgs(arg(args, 0));
    if r.is_null() {
        traceback::heron_rt_traceback_here(
            arg(args, 1),
            arg(args, 2),
            arg(args, 3),
            int_of(arg(args, 4)),
        );
        assert!(exceptions::heron_rt_error_occurred() == 1);
    }
    r
}

/// `periodic(n)`: calls the back-edge hook `n` times; propagates an error.
unsafe extern "C" fn b_periodic(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    let n = int_of(arg(args, 0));
    for _ in 0..n {
        if periodic::heron_rt_periodic() < 0 {
            return ptr::null_mut();
        }
    }
    util::py_none()
}

/// `spin(seconds)`: a native loop that only calls the back-edge hook, for `seconds`.
unsafe extern "C" fn b_spin(
    _s: *mut PyObject,
    args: *mut *mut PyObject,
    _n: Py_ssize_t,
) -> *mut PyObject {
    let secs = PyFloat_AsDouble(arg(args, 0));
    let start = std::time::Instant::now();
    while start.elapsed().as_secs_f64() < secs {
        if periodic::heron_rt_periodic() < 0 {
            return ptr::null_mut();
        }
    }
    util::py_none()
}

macro_rules! fastcall {
    ($name:literal, $f:ident) => {
        PyMethodDef {
            ml_name: $name.as_ptr(),
            ml_meth: PyMethodDefPointer {
                PyCFunctionFast: $f,
            },
            ml_flags: METH_FASTCALL,
            ml_doc: ptr::null(),
        }
    };
}

static mut METHODS: [PyMethodDef; 31] = [
    fastcall!(c"make", b_make),
    fastcall!(c"raise_", b_raise),
    fastcall!(c"reraise", b_reraise),
    fastcall!(c"reraise_handled", b_reraise_handled),
    fastcall!(c"fetch", b_fetch),
    fastcall!(c"get_handled", b_get_handled),
    fastcall!(c"set_handled", b_set_handled),
    fastcall!(c"matches", b_matches),
    fastcall!(c"assert_fail", b_assert_fail),
    fastcall!(c"with_enter", b_with_enter),
    fastcall!(c"with_exit", b_with_exit),
    fastcall!(c"import_name", b_import_name),
    fastcall!(c"import_from", b_import_from),
    fastcall!(c"import_star", b_import_star),
    fastcall!(c"load_global", b_load_global),
    fastcall!(c"store_global", b_store_global),
    fastcall!(c"del_global", b_del_global),
    fastcall!(c"new_cell", b_new_cell),
    fastcall!(c"cell_get", b_cell_get),
    fastcall!(c"cell_get_free", b_cell_get_free),
    fastcall!(c"cell_set", b_cell_set),
    fastcall!(c"cell_del", b_cell_del),
    fastcall!(c"locals_set", b_locals_set),
    fastcall!(c"locals_set_cell", b_locals_set_cell),
    fastcall!(c"unbound", b_unbound),
    fastcall!(c"setup_annotations", b_setup_annotations),
    fastcall!(c"tuple_get_item", b_tuple_get_item),
    fastcall!(c"tb_here", b_tb_here),
    fastcall!(c"periodic", b_periodic),
    fastcall!(c"spin", b_spin),
    PyMethodDef::zeroed(),
];

/// A new module object `hrt` holding the bridge functions.
pub unsafe fn bridge_module() -> *mut PyObject {
    let m = PyModule_New(c"hrt".as_ptr());
    if m.is_null() || PyModule_AddFunctions(m, (&raw mut METHODS).cast()) < 0 {
        return ptr::null_mut();
    }
    m
}
