//! The compiled-function type (called `heron_function` in this code; its Python-visible name
//! is `function`, and it reports `types.FunctionType` as its `__class__` so that `isinstance`
//! and `inspect.isfunction` accept it).
//!
//! A compiled `def`/`lambda` is an instance of this type rather than a CPython `function`,
//! because its code is native: the object holds a pointer to the generated body and everything
//! CPython keeps on a function or its code object (names, parameter layout, defaults, closure,
//! globals). It behaves like a Python function where programs can tell:
//! - it is called through vectorcall ([`crate::binding`] binds arguments with CPython's errors);
//! - it binds as a method (`tp_descr_get` plus `Py_TPFLAGS_METHOD_DESCRIPTOR`, so method calls
//!   skip the bound-method allocation just as for Python functions);
//! - it has the attributes of a function (`__name__`, `__qualname__`, `__module__`, `__doc__`,
//!   `__defaults__`, `__kwdefaults__`, `__annotations__`, `__closure__`, `__globals__`,
//!   `__builtins__`, `__dict__`, `__code__`), with CPython's setter checks;
//! - its `__code__` is a real code object with the right `co_*` fields (but no bytecode), so
//!   `inspect.signature` and `inspect.getfullargspec` work;
//! - it pickles by reference (`__reduce__` returns the qualified name);
//! - each call runs in a real interpreter frame whose code object (the *frame code*, shared by
//!   the functions made from one spec) is built once (see [`crate::frames`]);
//! - it takes part in cyclic GC and supports weak references.
//!
//! `tp_clear` deliberately leaves `globals`, `builtins` and `closure` in place: a running body
//! reads them through the function, and every cycle through them can also be broken at the
//! dict or cell that closes it.

use crate::util::{
    GETSET_END, clear_slot, getset, new_ref, none, replace_slot, set_error, type_error, xdecref,
    xnew_ref,
};
use pyo3_ffi::*;
use std::ffi::{c_int, c_void};
use std::mem::offset_of;
use std::ptr;
use std::sync::atomic::{AtomicBool, Ordering};

/// A compiled function body:
/// `PyObject *body(PyObject *func, PyObject *const *args, Frame *frame)` with one borrowed
/// argument per parameter slot and the frame the call runs in (see `heron_ir::abi`).
pub type FunctionBody = unsafe extern "C" fn(
    *mut PyObject,
    *const *mut PyObject,
    *mut crate::frames::Frame,
) -> *mut PyObject;

/// `co_flags` bit: `*args`.
pub const CO_VARARGS: Py_ssize_t = 0x04;
/// `co_flags` bit: `**kwargs`.
pub const CO_VARKEYWORDS: Py_ssize_t = 0x08;
/// `co_flags` bit: a generator function.
pub const CO_GENERATOR: Py_ssize_t = 0x20;
/// `co_flags` bit: a coroutine function (`async def`).
pub const CO_COROUTINE: Py_ssize_t = 0x80;
/// `co_flags` bit: an async generator function (`async def` with `yield`).
pub const CO_ASYNC_GENERATOR: Py_ssize_t = 0x200;
const CO_OPTIMIZED: Py_ssize_t = 0x01;
const CO_NEWLOCALS: Py_ssize_t = 0x02;
const CO_NESTED: Py_ssize_t = 0x10;

/// The instance layout of `heron_function`.
#[repr(C)]
pub struct HeronFunction {
    /// The object header.
    pub ob_base: PyObject,
    /// The vectorcall entry point (at `tp_vectorcall_offset`).
    pub vectorcall: Option<vectorcallfunc>,
    /// The compiled body.
    pub body: Option<FunctionBody>,
    /// `__globals__` (a dict; never cleared while the object lives).
    pub globals: *mut PyObject,
    /// `__builtins__`, resolved from the globals when the function is created.
    pub builtins: *mut PyObject,
    /// `__name__` (a `str`).
    pub name: *mut PyObject,
    /// `__qualname__` (a `str`); the prefix of argument errors.
    pub qualname: *mut PyObject,
    /// `__doc__` (`NULL` reads as `None`).
    pub doc: *mut PyObject,
    /// `co_filename`.
    pub filename: *mut PyObject,
    /// `co_varnames`: parameters first (positional, keyword-only, `*args`, `**kwargs`).
    pub varnames: *mut PyObject,
    /// `co_freevars`, in closure order.
    pub freevars: *mut PyObject,
    /// `co_cellvars`.
    pub cellvars: *mut PyObject,
    /// `__defaults__`: a tuple or `NULL`.
    pub defaults: *mut PyObject,
    /// `__kwdefaults__`: a dict or `NULL`.
    pub kwdefaults: *mut PyObject,
    /// `__annotations__`: a dict or `NULL` (created on first access).
    pub annotations: *mut PyObject,
    /// `__closure__`: a tuple of cells or `NULL`.
    pub closure: *mut PyObject,
    /// `__module__`.
    pub module: *mut PyObject,
    /// `__dict__` (created on demand by the generic dict getter).
    pub dict: *mut PyObject,
    /// Weak reference list.
    pub weakreflist: *mut PyObject,
    /// `__code__`, created on first access.
    pub code: *mut PyObject,
    /// `co_argcount` (positional parameters, positional-only included).
    pub argcount: Py_ssize_t,
    /// `co_posonlyargcount`.
    pub posonlyargcount: Py_ssize_t,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: Py_ssize_t,
    /// Spec flags (`CO_VARARGS`, `CO_VARKEYWORDS`, ...).
    pub flags: Py_ssize_t,
    /// `co_firstlineno`.
    pub firstlineno: Py_ssize_t,
    /// The last source line of the body (the frame code has one instruction per line).
    pub lastlineno: Py_ssize_t,
    /// The code object of the function's frames (see `crate::frames`), shared by every
    /// function made from the same spec.
    pub frame_code: *mut PyObject,
    /// Number of parameter slots the body receives.
    pub nslots: Py_ssize_t,
    /// Whether calls with exactly `argcount` positional arguments and no keywords can pass the
    /// caller's array straight to the body.
    pub simple: bool,
    /// Generator functions: the generator storage layout (`nvars | nsaved << 32`, see
    /// `heron_ir::abi`); 0 for ordinary functions. `body` is then a
    /// [`crate::generator::GeneratorBody`].
    pub gen_layout: i64,
    /// Whether calling the function creates a generator instead of running the body.
    pub is_generator: bool,
    /// The spec tuple the body was compiled with (borrowed: the frame-code cache keeps every
    /// checked spec alive for good).
    pub spec: *mut PyObject,
}

static mut FUNCTION_TYPE: PyTypeObject = unsafe { std::mem::zeroed() };
static TYPE_READY: AtomicBool = AtomicBool::new(false);

/// The `heron_function` type object (valid after [`ensure_type_ready`]).
#[inline(always)]
pub fn function_type() -> *mut PyTypeObject {
    &raw mut FUNCTION_TYPE
}

/// Whether `o` is a compiled function.
#[inline(always)]
pub unsafe fn is_heron_function(o: *mut PyObject) -> bool {
    Py_TYPE(o) == function_type()
}

/// Readies the `heron_function` type once. Returns 0, or -1 with an exception set. Called with
/// the GIL held before any module body runs.
pub unsafe fn ensure_type_ready() -> c_int {
    if TYPE_READY.load(Ordering::Acquire) {
        return 0;
    }
    let t = function_type();
    // Named like CPython's function type, so messages such as "unsupported operand type(s) for
    // +: 'function' and 'int'" read the same.
    (*t).tp_name = c"function".as_ptr();
    (*t).tp_doc = c"A function compiled to native code by heron.".as_ptr();
    (*t).tp_basicsize = std::mem::size_of::<HeronFunction>() as Py_ssize_t;
    (*t).tp_itemsize = 0;
    (*t).tp_flags = (Py_TPFLAGS_DEFAULT
        | Py_TPFLAGS_HAVE_GC
        | Py_TPFLAGS_METHOD_DESCRIPTOR
        | Py_TPFLAGS_HAVE_VECTORCALL) as _;
    (*t).tp_vectorcall_offset = offset_of!(HeronFunction, vectorcall) as Py_ssize_t;
    (*t).tp_call = Some(PyVectorcall_Call);
    (*t).tp_new = Some(func_new);
    (*t).tp_dealloc = Some(func_dealloc);
    (*t).tp_traverse = Some(func_traverse);
    (*t).tp_clear = Some(func_clear);
    (*t).tp_repr = Some(func_repr);
    (*t).tp_descr_get = Some(func_descr_get);
    (*t).tp_dictoffset = offset_of!(HeronFunction, dict) as Py_ssize_t;
    (*t).tp_weaklistoffset = offset_of!(HeronFunction, weakreflist) as Py_ssize_t;
    (*t).tp_getset = (&raw mut GETSET).cast();
    (*t).tp_members = (&raw mut MEMBERS).cast();
    (*t).tp_methods = (&raw mut METHODS).cast();
    (*t).tp_free = Some(PyObject_GC_Del);
    if Py_REFCNT(t.cast()) == 0 {
        // A static type object is never deallocated; hold one reference for the process.
        Py_INCREF(t.cast());
    }
    if PyType_Ready(t) < 0 {
        return -1;
    }
    TYPE_READY.store(true, Ordering::Release);
    0
}

static mut GETSET: [PyGetSetDef; 12] = [
    // `isinstance(f, types.FunctionType)` (and so `inspect.isfunction`) consults `__class__`.
    getset(c"__class__", Some(get_class), None),
    getset(c"__code__", Some(get_code), Some(set_code)),
    getset(c"__defaults__", Some(get_defaults), Some(set_defaults)),
    getset(
        c"__kwdefaults__",
        Some(get_kwdefaults),
        Some(set_kwdefaults),
    ),
    getset(
        c"__annotations__",
        Some(get_annotations),
        Some(set_annotations),
    ),
    getset(c"__dict__", Some(PyObject_GenericGetDict), Some(set_dict)),
    getset(c"__name__", Some(get_name), Some(set_name)),
    getset(c"__qualname__", Some(get_qualname), Some(set_qualname)),
    getset(c"__doc__", Some(get_doc), Some(set_doc)),
    getset(c"__closure__", Some(get_closure), None),
    getset(c"__globals__", Some(get_globals), None),
    GETSET_END,
];

// `_Py_T_OBJECT` (reads `NULL` as `None`) is what CPython uses for `__module__`.
#[allow(deprecated)]
static mut MEMBERS: [PyMemberDef; 3] = [
    PyMemberDef {
        name: c"__module__".as_ptr(),
        type_code: _Py_T_OBJECT,
        offset: offset_of!(HeronFunction, module) as Py_ssize_t,
        flags: 0,
        doc: ptr::null(),
    },
    PyMemberDef {
        name: c"__builtins__".as_ptr(),
        type_code: _Py_T_OBJECT,
        offset: offset_of!(HeronFunction, builtins) as Py_ssize_t,
        flags: Py_READONLY,
        doc: ptr::null(),
    },
    PyMemberDef {
        name: ptr::null(),
        type_code: 0,
        offset: 0,
        flags: 0,
        doc: ptr::null(),
    },
];

static mut METHODS: [PyMethodDef; 2] = [
    crate::util::method(
        c"__reduce__",
        PyMethodDefPointer {
            PyCFunction: func_reduce,
        },
        METH_NOARGS,
    ),
    crate::util::METHOD_END,
];

#[inline(always)]
unsafe fn as_func(o: *mut PyObject) -> *mut HeronFunction {
    o.cast()
}

// ---- creation ----------------------------------------------------------------------------

/// Reads item `i` of the spec tuple as a `Py_ssize_t` (`None` if it is not an int or negative).
unsafe fn spec_int(spec: *mut PyObject, i: Py_ssize_t) -> Option<Py_ssize_t> {
    let v = PyTuple_GET_ITEM(spec, i);
    if PyLong_Check(v) == 0 {
        return None;
    }
    let n = PyLong_AsSsize_t(v);
    if n < 0 {
        PyErr_Clear();
        return None;
    }
    Some(n)
}

unsafe fn malformed(what: &str) -> *mut PyObject {
    set_error(
        PyExc_SystemError,
        &format!("heron: malformed function spec ({what})"),
    )
}

/// The builtins a function created in `globals` sees, as CPython resolves them: the dict of
/// `globals['__builtins__']` if it is a module, that object otherwise, else the interpreter's.
/// New reference, or `NULL` with an exception.
pub(crate) unsafe fn builtins_from_globals(globals: *mut PyObject) -> *mut PyObject {
    let key = crate::interned!("__builtins__");
    if key.is_null() {
        return ptr::null_mut();
    }
    let b = if PyDict_Check(globals) != 0 {
        PyDict_GetItemWithError(globals, key)
    } else {
        ptr::null_mut()
    };
    if b.is_null() {
        if !PyErr_Occurred().is_null() {
            return ptr::null_mut();
        }
        return xnew_ref(PyEval_GetBuiltins());
    }
    if PyModule_Check(b) != 0 {
        return xnew_ref(PyModule_GetDict(b));
    }
    new_ref(b)
}

/// A function spec, checked: what [`heron_rt_make_function`] needs from it, kept in the call
/// site's cache slot (`heron_ir::abi::SITE_CACHE_SIZE` bytes, zeroed until first use). Its
/// pointers are borrowed: the frame-code cache keeps both the spec and its frame code alive
/// for good.
#[repr(C)]
#[derive(Clone, Copy)]
struct CheckedSpec {
    /// The spec tuple; `NULL` until the slot is filled.
    spec: *mut PyObject,
    frame_code: *mut PyObject,
    firstlineno: Py_ssize_t,
    lastlineno: Py_ssize_t,
    argcount: Py_ssize_t,
    posonly: Py_ssize_t,
    kwonly: Py_ssize_t,
    flags: Py_ssize_t,
    nslots: Py_ssize_t,
}

const _: () = assert!(std::mem::size_of::<CheckedSpec>() <= 128);

/// Checks `spec` (see [`heron_rt_make_function`]) and finds its frame code; with a cache
/// slot, only the first time. `None` with an exception set if it is malformed.
unsafe fn checked_spec(spec: *mut PyObject, slot: *mut CheckedSpec) -> Option<CheckedSpec> {
    if !slot.is_null() && (*slot).spec == spec {
        return Some(*slot);
    }
    let c = check_spec(spec)?;
    if !slot.is_null() && (*slot).spec.is_null() {
        *slot = c;
    }
    Some(c)
}

/// Checks `spec`; `None` with an exception set if it is malformed.
unsafe fn check_spec(spec: *mut PyObject) -> Option<CheckedSpec> {
    let bad = |what| {
        malformed(what);
        None
    };
    if spec.is_null() || PyTuple_Check(spec) == 0 || !(12..=14).contains(&PyTuple_GET_SIZE(spec)) {
        return bad("not a 12- to 14-tuple");
    }
    if PyTuple_GET_SIZE(spec) == 14 && PyTuple_Check(PyTuple_GET_ITEM(spec, 13)) == 0 {
        return bad("names");
    }
    let item = |i| PyTuple_GET_ITEM(spec, i);
    let (name, qualname, filename) = (item(0), item(1), item(2));
    if PyUnicode_Check(name) == 0
        || PyUnicode_Check(qualname) == 0
        || PyUnicode_Check(filename) == 0
    {
        return bad("names");
    }
    let (Some(firstlineno), Some(argcount), Some(posonly), Some(kwonly), Some(flags)) = (
        spec_int(spec, 3),
        spec_int(spec, 4),
        spec_int(spec, 5),
        spec_int(spec, 6),
        spec_int(spec, 7),
    ) else {
        return bad("counts");
    };
    let (varnames, freevars, cellvars) = (item(8), item(9), item(10));
    if PyTuple_Check(varnames) == 0 || PyTuple_Check(freevars) == 0 || PyTuple_Check(cellvars) == 0
    {
        return bad("name tuples");
    }
    let nslots = argcount
        + kwonly
        + Py_ssize_t::from(flags & CO_VARARGS != 0)
        + Py_ssize_t::from(flags & CO_VARKEYWORDS != 0);
    if posonly > argcount || PyTuple_GET_SIZE(varnames) < nslots {
        return bad("parameter counts");
    }
    for i in 0..PyTuple_GET_SIZE(varnames) {
        if PyUnicode_Check(PyTuple_GET_ITEM(varnames, i)) == 0 {
            return bad("varnames");
        }
    }
    let lastlineno = if PyTuple_GET_SIZE(spec) > 12 {
        spec_int(spec, 12).unwrap_or(firstlineno)
    } else {
        firstlineno
    };
    let frame_code = frame_code_for(spec, filename, name, qualname, firstlineno, lastlineno);
    if frame_code.is_null() {
        return None;
    }
    // The frame-code cache holds a reference (and one to the spec).
    Py_DECREF(frame_code);
    Some(CheckedSpec {
        spec,
        frame_code,
        firstlineno,
        lastlineno,
        argcount,
        posonly,
        kwonly,
        flags,
        nslots,
    })
}

/// Creates a compiled function object: `body` is the native body, `spec` the constant tuple
/// `(name, qualname, filename, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags,
/// varnames, freevars, cellvars, doc)`; `defaults` (tuple), `kwdefaults` (dict), `annotations`
/// (dict) and `closure` (tuple of cells) may be `NULL` or `None`. `site_cache` is the call
/// site's cache slot (or `NULL`), where the checked spec is kept.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn heron_rt_make_function(
    body: Option<FunctionBody>,
    spec: *mut PyObject,
    globals: *mut PyObject,
    defaults: *mut PyObject,
    kwdefaults: *mut PyObject,
    annotations: *mut PyObject,
    closure: *mut PyObject,
    gen_layout: i64,
    site_cache: *mut c_void,
) -> *mut PyObject {
    if ensure_type_ready() < 0 {
        return ptr::null_mut();
    }
    if body.is_none() {
        return malformed("no body");
    }
    if globals.is_null() || PyDict_Check(globals) == 0 {
        return malformed("globals is not a dict");
    }
    let Some(c) = checked_spec(spec, site_cache.cast()) else {
        return ptr::null_mut();
    };
    let item = |i| PyTuple_GET_ITEM(spec, i);
    let (name, qualname, freevars, doc) = (item(0), item(1), item(9), item(11));
    let none_to_null = |o: *mut PyObject| if o == none() { ptr::null_mut() } else { o };
    let (defaults, kwdefaults, annotations, closure) = (
        none_to_null(defaults),
        none_to_null(kwdefaults),
        none_to_null(annotations),
        none_to_null(closure),
    );
    if !defaults.is_null() && PyTuple_Check(defaults) == 0 {
        return malformed("defaults");
    }
    if !kwdefaults.is_null() && PyDict_Check(kwdefaults) == 0 {
        return malformed("kwdefaults");
    }
    let nfree = PyTuple_GET_SIZE(freevars);
    let nclosure = if closure.is_null() {
        0
    } else if PyTuple_Check(closure) != 0 {
        PyTuple_GET_SIZE(closure)
    } else {
        -1
    };
    if nclosure != nfree {
        return malformed("closure length");
    }
    let annotations = if annotations.is_null() {
        ptr::null_mut()
    } else if PyDict_Check(annotations) != 0 {
        new_ref(annotations)
    } else if PyTuple_Check(annotations) != 0 {
        // CPython's compact form: (name, value, name, value, ...).
        let d = PyDict_New();
        if d.is_null() {
            return ptr::null_mut();
        }
        let n = PyTuple_GET_SIZE(annotations);
        let mut i = 0;
        while i + 1 < n {
            if PyDict_SetItem(
                d,
                PyTuple_GET_ITEM(annotations, i),
                PyTuple_GET_ITEM(annotations, i + 1),
            ) < 0
            {
                Py_DECREF(d);
                return ptr::null_mut();
            }
            i += 2;
        }
        d
    } else {
        return malformed("annotations");
    };

    let module = {
        let key = crate::interned!("__name__");
        if key.is_null() {
            xdecref(annotations);
            return ptr::null_mut();
        }
        let m = PyDict_GetItemWithError(globals, key);
        if m.is_null() && !PyErr_Occurred().is_null() {
            xdecref(annotations);
            return ptr::null_mut();
        }
        xnew_ref(m)
    };
    let builtins = builtins_from_globals(globals);
    if builtins.is_null() {
        xdecref(annotations);
        xdecref(module);
        return ptr::null_mut();
    }

    let obj = PyType_GenericAlloc(function_type(), 0);
    if obj.is_null() {
        xdecref(annotations);
        xdecref(module);
        Py_DECREF(builtins);
        return ptr::null_mut();
    }
    let f = as_func(obj);
    (*f).vectorcall = Some(crate::binding::function_vectorcall);
    (*f).body = body;
    (*f).globals = new_ref(globals);
    (*f).builtins = builtins;
    (*f).name = new_ref(name);
    (*f).qualname = new_ref(qualname);
    (*f).doc = new_ref(doc);
    (*f).defaults = xnew_ref(defaults);
    (*f).kwdefaults = xnew_ref(kwdefaults);
    (*f).annotations = annotations;
    (*f).closure = xnew_ref(closure);
    (*f).module = module;
    install_body(f, body, gen_layout, &c);
    obj
}

/// Makes `f` run `body`, compiled from `c.spec`: everything the body and its callers rely on
/// (parameter layout, flags, names of its variables, frame code, generator layout) comes
/// from the spec. The function's own attributes (name, defaults, closure, globals) stay.
unsafe fn install_body(
    f: *mut HeronFunction,
    body: Option<FunctionBody>,
    gen_layout: i64,
    c: &CheckedSpec,
) {
    let item = |i| PyTuple_GET_ITEM(c.spec, i);
    replace_slot(&raw mut (*f).filename, new_ref(item(2)));
    replace_slot(&raw mut (*f).varnames, new_ref(item(8)));
    replace_slot(&raw mut (*f).freevars, new_ref(item(9)));
    replace_slot(&raw mut (*f).cellvars, new_ref(item(10)));
    replace_slot(&raw mut (*f).frame_code, new_ref(c.frame_code));
    (*f).body = body;
    (*f).spec = c.spec;
    (*f).argcount = c.argcount;
    (*f).posonlyargcount = c.posonly;
    (*f).kwonlyargcount = c.kwonly;
    (*f).flags = c.flags;
    (*f).firstlineno = c.firstlineno;
    (*f).lastlineno = c.lastlineno;
    (*f).nslots = c.nslots;
    (*f).simple = c.kwonly == 0 && c.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0;
    (*f).is_generator = c.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0;
    (*f).gen_layout = gen_layout;
}

/// What a compiled function's code object carries (in a capsule in its `co_consts`) so that
/// the code can be run by another compiled function (`g.__code__ = f.__code__`) or by a new
/// one (`type(f)(f.__code__, globals)`), as CPython runs any function's code: the native body
/// and the spec it was compiled with.
struct NativeCode {
    body: Option<FunctionBody>,
    gen_layout: i64,
    /// Borrowed (kept alive by the frame-code cache).
    spec: *mut PyObject,
}

const NATIVE_CODE_CAPSULE: &std::ffi::CStr = c"heron.native_code";

unsafe extern "C" fn free_native_code(capsule: *mut PyObject) {
    let p = PyCapsule_GetPointer(capsule, NATIVE_CODE_CAPSULE.as_ptr());
    if !p.is_null() {
        drop(Box::from_raw(p as *mut NativeCode));
    }
}

/// The capsule describing `f`'s body, one per spec. New reference, or `NULL` with an
/// exception.
unsafe fn native_code_capsule(f: *mut HeronFunction) -> *mut PyObject {
    // Keyed by the spec tuple's address (the entry keeps the spec alive), the body and the
    // generator layout: equal specs are one constant, so two lambdas alike on one line share
    // a spec but not a body.
    static CACHE: crate::util::ObjectCache<(usize, usize, i64)> = crate::util::ObjectCache::new();
    let spec = (*f).spec;
    let key = (
        spec as usize,
        (*f).body.map_or(0, |b| b as usize),
        (*f).gen_layout,
    );
    let cached = CACHE.get(key);
    if !cached.is_null() {
        return cached;
    }
    let native = Box::into_raw(Box::new(NativeCode {
        body: (*f).body,
        gen_layout: (*f).gen_layout,
        spec,
    }));
    let capsule = PyCapsule_New(
        native.cast(),
        NATIVE_CODE_CAPSULE.as_ptr(),
        Some(free_native_code),
    );
    if capsule.is_null() {
        drop(Box::from_raw(native));
        return ptr::null_mut();
    }
    CACHE.insert(key, capsule, &[spec])
}

/// The bytecode of a compiled function's code object (CPython 3.11 opcodes), so that CPython
/// can run the code itself (`exec(f.__code__)`, `types.FunctionType(f.__code__, g)()`,
/// `PyEval_EvalCodeEx`): a generic trampoline, the same for every function with `nslots`
/// parameter slots and `nfree` free variables, that passes the parameters CPython bound into the frame to the runner
/// (`co_consts[2]`, [`run_native_code`]), which runs the native body. It contains nothing of
/// the function's own code. `None` when the call would need `EXTENDED_ARG` (over 255 slots).
fn trampoline(nslots: usize, nfree: usize) -> Option<(Vec<u8>, Vec<u8>)> {
    const CACHE: u8 = 0;
    const PUSH_NULL: u8 = 2;
    const LOAD_CONST: u8 = 100;
    const LOAD_FAST: u8 = 124;
    const PRECALL: u8 = 166;
    const CALL: u8 = 171;
    const RETURN_VALUE: u8 = 83;
    const RESUME: u8 = 151;
    const COPY_FREE_VARS: u8 = 149;
    const RUNNER_CONST: u8 = 2;
    let n = u8::try_from(nslots).ok()?;
    let mut code = Vec::new();
    if nfree > 0 {
        // As every CPython 3.11 function with free variables: the frame then holds its
        // closure's cells (which `f_locals` and tracing read).
        code.extend_from_slice(&[COPY_FREE_VARS, u8::try_from(nfree).ok()?]);
    }
    code.extend_from_slice(&[RESUME, 0, PUSH_NULL, 0, LOAD_CONST, RUNNER_CONST]);
    for i in 0..n {
        code.extend_from_slice(&[LOAD_FAST, i]);
    }
    code.extend_from_slice(&[PRECALL, n, CACHE, 0, CALL, n]);
    code.extend_from_slice(&[CACHE, 0].repeat(4));
    code.extend_from_slice(&[RETURN_VALUE, 0]);
    // Every code unit on the first line, without columns: entries of up to 8 units, each
    // "no columns" with a zero line delta.
    let units = code.len() / 2;
    let mut table = Vec::new();
    let mut done = 0;
    while done < units {
        let len = (units - done).min(8);
        table.push(0x80 | (13 << 3) | (len as u8 - 1));
        table.push(0);
        done += len;
    }
    Some((code, table))
}

/// `co_consts[2]` of a compiled function's code: called by [`trampoline`] bytecode with the
/// bound parameter slots; `self` is the code's [`NativeCode`] capsule. The function running
/// the trampoline (the frame's, made by CPython from the code) gives the globals and closure.
unsafe extern "C" fn run_native_code(
    capsule: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject {
    let native = PyCapsule_GetPointer(capsule, NATIVE_CODE_CAPSULE.as_ptr()) as *const NativeCode;
    if native.is_null() {
        return ptr::null_mut();
    }
    let frame = crate::frames::current_frame();
    let caller = if frame.is_null() {
        ptr::null_mut()
    } else {
        (*frame).f_func
    };
    if caller.is_null() || PyFunction_Check(caller) == 0 {
        return set_error(
            PyExc_SystemError,
            "heron: compiled code run without its function",
        );
    }
    let Some(c) = checked_spec((*native).spec, ptr::null_mut()) else {
        return ptr::null_mut();
    };
    if nargs != c.nslots {
        return malformed("parameter slots");
    }
    let func = compiled_twin(native, caller);
    if func.is_null() {
        return ptr::null_mut();
    }
    let body = (*as_func(func))
        .body
        .expect("a compiled function has a body");
    let r = crate::binding::call_body(body, func, args);
    Py_DECREF(func);
    r
}

static mut RUNNER_DEF: PyMethodDef = PyMethodDef {
    ml_name: c"heron_native_code".as_ptr(),
    ml_meth: PyMethodDefPointer {
        PyCFunctionFast: run_native_code,
    },
    ml_flags: METH_FASTCALL,
    ml_doc: c"Runs the native body of a compiled function's code object.".as_ptr(),
};

/// The native body a code object made by [`make_code`] carries, if it is one (`Ok(None)` for
/// interpreted code).
unsafe fn native_code_of(code: *mut PyObject) -> Result<Option<*const NativeCode>, ()> {
    let consts = PyObject_GetAttrString(code, c"co_consts".as_ptr());
    if consts.is_null() {
        return Err(());
    }
    let mut found = None;
    if PyTuple_Check(consts) != 0 {
        for i in 0..PyTuple_GET_SIZE(consts) {
            let item = PyTuple_GET_ITEM(consts, i);
            if PyCapsule_IsValid(item, NATIVE_CODE_CAPSULE.as_ptr()) != 0 {
                found =
                    Some(PyCapsule_GetPointer(item, NATIVE_CODE_CAPSULE.as_ptr())
                        as *const NativeCode);
                break;
            }
        }
    }
    Py_DECREF(consts);
    Ok(found)
}

/// `function(code, globals, name=None, argdefs=None, closure=None)`, as `types.FunctionType`
/// (whose checks and messages it uses by calling it first): with the code of a compiled
/// function, a compiled function running that body; with interpreted code, CPython's
/// function.
unsafe extern "C" fn func_new(
    _: *mut PyTypeObject,
    args: *mut PyObject,
    kwargs: *mut PyObject,
) -> *mut PyObject {
    let interpreted = PyObject_Call((&raw mut PyFunction_Type).cast(), args, kwargs);
    if interpreted.is_null() {
        return ptr::null_mut();
    }
    let code = PyFunction_GetCode(interpreted);
    let native = match native_code_of(code) {
        Ok(Some(native)) => native,
        Ok(None) => return interpreted,
        Err(()) => {
            Py_DECREF(interpreted);
            return ptr::null_mut();
        }
    };
    let obj = compiled_twin(native, interpreted);
    Py_DECREF(interpreted);
    obj
}

/// A compiled function running `native` with everything else taken from the CPython function
/// `model` made from its code: globals, defaults, closure, name, and the code object itself
/// (whose flags, such as `CO_ITERABLE_COROUTINE`, apply). New reference, or `NULL` with an
/// exception.
unsafe fn compiled_twin(native: *const NativeCode, model: *mut PyObject) -> *mut PyObject {
    let obj = heron_rt_make_function(
        (*native).body,
        (*native).spec,
        PyFunction_GetGlobals(model),
        PyFunction_GetDefaults(model),
        ptr::null_mut(),
        ptr::null_mut(),
        PyFunction_GetClosure(model),
        (*native).gen_layout,
        ptr::null_mut(),
    );
    if obj.is_null() {
        return obj;
    }
    let name = PyObject_GetAttrString(model, c"__name__".as_ptr());
    if name.is_null() {
        Py_DECREF(obj);
        return ptr::null_mut();
    }
    let f = as_func(obj);
    replace_slot(&raw mut (*f).name, name);
    (*f).code = new_ref(PyFunction_GetCode(model));
    obj
}

/// The globals of the compiled function `func` (borrowed), for `Op::Globals` in function bodies.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_function_globals(func: *mut PyObject) -> *mut PyObject {
    (*as_func(func)).globals
}

/// Cell `i` of `func`'s closure (borrowed), for `Op::ClosureCell`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_closure_cell(func: *mut PyObject, i: i64) -> *mut PyObject {
    PyTuple_GET_ITEM((*as_func(func)).closure, i as Py_ssize_t)
}

// ---- type slots --------------------------------------------------------------------------

unsafe extern "C" fn func_dealloc(obj: *mut PyObject) {
    let f = as_func(obj);
    PyObject_GC_UnTrack(obj.cast());
    if !(*f).weakreflist.is_null() {
        PyObject_ClearWeakRefs(obj);
    }
    for slot in [
        &raw mut (*f).globals,
        &raw mut (*f).builtins,
        &raw mut (*f).name,
        &raw mut (*f).qualname,
        &raw mut (*f).doc,
        &raw mut (*f).filename,
        &raw mut (*f).varnames,
        &raw mut (*f).freevars,
        &raw mut (*f).cellvars,
        &raw mut (*f).defaults,
        &raw mut (*f).kwdefaults,
        &raw mut (*f).annotations,
        &raw mut (*f).closure,
        &raw mut (*f).module,
        &raw mut (*f).dict,
        &raw mut (*f).code,
        &raw mut (*f).frame_code,
    ] {
        clear_slot(slot);
    }
    if let Some(free) = (*Py_TYPE(obj)).tp_free {
        free(obj.cast());
    }
}

unsafe extern "C" fn func_traverse(
    obj: *mut PyObject,
    visit: visitproc,
    arg: *mut c_void,
) -> c_int {
    let f = as_func(obj);
    for o in [
        (*f).globals,
        (*f).builtins,
        (*f).name,
        (*f).qualname,
        (*f).doc,
        (*f).filename,
        (*f).varnames,
        (*f).freevars,
        (*f).cellvars,
        (*f).defaults,
        (*f).kwdefaults,
        (*f).annotations,
        (*f).closure,
        (*f).module,
        (*f).dict,
        (*f).code,
    ] {
        if !o.is_null() {
            let r = visit(o, arg);
            if r != 0 {
                return r;
            }
        }
    }
    0
}

unsafe extern "C" fn func_clear(obj: *mut PyObject) -> c_int {
    let f = as_func(obj);
    for slot in [
        &raw mut (*f).doc,
        &raw mut (*f).defaults,
        &raw mut (*f).kwdefaults,
        &raw mut (*f).annotations,
        &raw mut (*f).module,
        &raw mut (*f).dict,
        &raw mut (*f).code,
        &raw mut (*f).frame_code,
    ] {
        clear_slot(slot);
    }
    0
}

unsafe extern "C" fn func_repr(obj: *mut PyObject) -> *mut PyObject {
    PyUnicode_FromFormat(
        c"<function %U at %p>".as_ptr(),
        (*as_func(obj)).qualname,
        obj as *const c_void,
    )
}

unsafe extern "C" fn func_descr_get(
    obj: *mut PyObject,
    inst: *mut PyObject,
    _ty: *mut PyObject,
) -> *mut PyObject {
    if inst.is_null() || inst == none() {
        return new_ref(obj);
    }
    crate::ffi_ext::PyMethod_New(obj, inst)
}

unsafe extern "C" fn func_reduce(obj: *mut PyObject, _unused: *mut PyObject) -> *mut PyObject {
    new_ref((*as_func(obj)).qualname)
}

// ---- attributes --------------------------------------------------------------------------

#[inline]
unsafe fn or_none(o: *mut PyObject) -> *mut PyObject {
    new_ref(if o.is_null() { none() } else { o })
}

unsafe extern "C" fn get_name(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    new_ref((*as_func(obj)).name)
}

unsafe extern "C" fn set_name(obj: *mut PyObject, value: *mut PyObject, _: *mut c_void) -> c_int {
    if value.is_null() || PyUnicode_Check(value) == 0 {
        type_error("__name__ must be set to a string object");
        return -1;
    }
    replace_slot(&raw mut (*as_func(obj)).name, new_ref(value));
    0
}

unsafe extern "C" fn get_qualname(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    new_ref((*as_func(obj)).qualname)
}

unsafe extern "C" fn set_qualname(
    obj: *mut PyObject,
    value: *mut PyObject,
    _: *mut c_void,
) -> c_int {
    if value.is_null() || PyUnicode_Check(value) == 0 {
        type_error("__qualname__ must be set to a string object");
        return -1;
    }
    replace_slot(&raw mut (*as_func(obj)).qualname, new_ref(value));
    0
}

unsafe extern "C" fn get_doc(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    or_none((*as_func(obj)).doc)
}

unsafe extern "C" fn set_doc(obj: *mut PyObject, value: *mut PyObject, _: *mut c_void) -> c_int {
    replace_slot(&raw mut (*as_func(obj)).doc, xnew_ref(value));
    0
}

unsafe extern "C" fn get_defaults(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    or_none((*as_func(obj)).defaults)
}

unsafe extern "C" fn set_defaults(
    obj: *mut PyObject,
    value: *mut PyObject,
    _: *mut c_void,
) -> c_int {
    let value = if value == none() {
        ptr::null_mut()
    } else {
        value
    };
    if !value.is_null() && PyTuple_Check(value) == 0 {
        type_error("__defaults__ must be set to a tuple object");
        return -1;
    }
    replace_slot(&raw mut (*as_func(obj)).defaults, xnew_ref(value));
    0
}

unsafe extern "C" fn get_kwdefaults(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    or_none((*as_func(obj)).kwdefaults)
}

unsafe extern "C" fn set_kwdefaults(
    obj: *mut PyObject,
    value: *mut PyObject,
    _: *mut c_void,
) -> c_int {
    let value = if value == none() {
        ptr::null_mut()
    } else {
        value
    };
    if !value.is_null() && PyDict_Check(value) == 0 {
        type_error("__kwdefaults__ must be set to a dict object");
        return -1;
    }
    replace_slot(&raw mut (*as_func(obj)).kwdefaults, xnew_ref(value));
    0
}

unsafe extern "C" fn get_annotations(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    let f = as_func(obj);
    if (*f).annotations.is_null() {
        let d = PyDict_New();
        if d.is_null() {
            return ptr::null_mut();
        }
        (*f).annotations = d;
    }
    new_ref((*f).annotations)
}

unsafe extern "C" fn set_annotations(
    obj: *mut PyObject,
    value: *mut PyObject,
    _: *mut c_void,
) -> c_int {
    let value = if value == none() {
        ptr::null_mut()
    } else {
        value
    };
    if !value.is_null() && PyDict_Check(value) == 0 {
        type_error("__annotations__ must be set to a dict object");
        return -1;
    }
    replace_slot(&raw mut (*as_func(obj)).annotations, xnew_ref(value));
    0
}

unsafe extern "C" fn set_dict(obj: *mut PyObject, value: *mut PyObject, ctx: *mut c_void) -> c_int {
    if value.is_null() {
        type_error("cannot delete __dict__");
        return -1;
    }
    PyObject_GenericSetDict(obj, value, ctx)
}

unsafe extern "C" fn get_closure(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    or_none((*as_func(obj)).closure)
}

unsafe extern "C" fn get_globals(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    new_ref((*as_func(obj)).globals)
}

unsafe extern "C" fn get_class(_obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    new_ref((&raw mut PyFunction_Type).cast())
}

unsafe extern "C" fn get_code(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    let f = as_func(obj);
    if (*f).code.is_null() {
        let code = make_code(f);
        if code.is_null() {
            return ptr::null_mut();
        }
        (*f).code = code;
    }
    new_ref((*f).code)
}

/// `f.__code__ = code`, with CPython's checks. The code of any compiled function can be
/// assigned (its code object carries the native body, see [`NativeCode`]): the function then
/// runs that body with its own globals, defaults and closure, as CPython does. Flags changed
/// with `code.replace()` (as `types.coroutine` sets `CO_ITERABLE_COROUTINE`) are honoured by
/// the generators it creates. Interpreted code (no native body) is refused with a
/// `ValueError` rather than ignored.
unsafe extern "C" fn set_code(obj: *mut PyObject, value: *mut PyObject, _: *mut c_void) -> c_int {
    if value.is_null() || PyCode_Check(value) == 0 {
        type_error("__code__ must be set to a code object");
        return -1;
    }
    let f = as_func(obj);
    let freevars = PyObject_GetAttrString(value, c"co_freevars".as_ptr());
    if freevars.is_null() {
        return -1;
    }
    let nfree = PyObject_Size(freevars);
    Py_DECREF(freevars);
    if nfree < 0 {
        return -1;
    }
    let nclosure = if (*f).closure.is_null() {
        0
    } else {
        PyTuple_GET_SIZE((*f).closure)
    };
    if nfree != nclosure {
        let name = crate::util::str_lossy((*f).name);
        crate::util::set_error(
            PyExc_ValueError,
            &format!("{name}() requires a code object with {nclosure} free vars, not {nfree}"),
        );
        return -1;
    }
    let native = match native_code_of(value) {
        Err(()) => return -1,
        Ok(Some(native)) => native,
        Ok(None) => {
            let name = crate::util::str_lossy((*f).name);
            crate::util::set_error(
                PyExc_ValueError,
                &format!(
                    "heron: {name}() is compiled to native code and cannot run the code of an \
                     interpreted function"
                ),
            );
            return -1;
        }
    };
    let same_body = (*native).spec == (*f).spec
        && (*native).body.map(|b| b as usize) == (*f).body.map(|b| b as usize)
        && (*native).gen_layout == (*f).gen_layout;
    if !same_body {
        let Some(c) = checked_spec((*native).spec, ptr::null_mut()) else {
            return -1;
        };
        if PyTuple_GET_SIZE(PyTuple_GET_ITEM(c.spec, 9)) != nclosure {
            malformed("closure length");
            return -1;
        }
        install_body(f, (*native).body, (*native).gen_layout, &c);
    }
    replace_slot(&raw mut (*f).code, new_ref(value));
    0
}

/// Builds `__code__`: an empty code object whose `co_*` fields describe the compiled function
/// (so introspection such as `inspect.signature` sees the real parameters) and whose
/// `co_consts` carry the native body ([`NativeCode`]) after the docstring.
unsafe fn make_code(f: *mut HeronFunction) -> *mut PyObject {
    let line = (*f).firstlineno.clamp(0, c_int::MAX as Py_ssize_t) as c_int;
    let empty = PyCode_NewEmpty(c"".as_ptr(), c"".as_ptr(), line) as *mut PyObject;
    if empty.is_null() {
        return ptr::null_mut();
    }
    let mut co_flags = CO_OPTIMIZED | CO_NEWLOCALS | ((*f).flags & !(CO_OPTIMIZED | CO_NEWLOCALS));
    // CPython marks functions defined inside another function's scope as nested.
    let locals_marker = crate::interned!("<locals>");
    if !locals_marker.is_null()
        && PyUnicode_Find((*f).qualname, locals_marker, 0, Py_ssize_t::MAX, 1) >= 0
    {
        co_flags |= CO_NESTED;
    }
    PyErr_Clear();
    let ints: [(&std::ffi::CStr, *mut PyObject); 5] = [
        (c"co_argcount", PyLong_FromSsize_t((*f).argcount)),
        (
            c"co_posonlyargcount",
            PyLong_FromSsize_t((*f).posonlyargcount),
        ),
        (
            c"co_kwonlyargcount",
            PyLong_FromSsize_t((*f).kwonlyargcount),
        ),
        (
            c"co_nlocals",
            PyLong_FromSsize_t(PyTuple_GET_SIZE((*f).varnames)),
        ),
        (c"co_flags", PyLong_FromSsize_t(co_flags)),
    ];
    let native = native_code_capsule(f);
    // CPython's first constant of a function's code is its docstring (None if it has none):
    // `types.FunctionType` reads the `__doc__` of new functions from there.
    let doc = if (*f).doc.is_null() { none() } else { (*f).doc };
    let runner = if native.is_null() {
        ptr::null_mut()
    } else {
        PyCFunction_New(&raw mut RUNNER_DEF, native)
    };
    let consts = if runner.is_null() {
        ptr::null_mut()
    } else {
        PyTuple_Pack(3, doc, native, runner)
    };
    crate::util::xdecref(native);
    crate::util::xdecref(runner);
    // Bytecode CPython can run: the trampoline, or (too many slots) the empty code's.
    let nfree = PyTuple_GET_SIZE((*f).freevars) as usize;
    let bytecode = trampoline((*f).nslots as usize, nfree).map(|(code, table)| {
        (
            PyBytes_FromStringAndSize(code.as_ptr().cast(), code.len() as Py_ssize_t),
            PyBytes_FromStringAndSize(table.as_ptr().cast(), table.len() as Py_ssize_t),
            PyLong_FromSsize_t((*f).nslots + 2),
        )
    });
    let owned = [
        PyObject_GetAttrString((*f).frame_code, c"co_name".as_ptr()),
        PyObject_GetAttrString((*f).frame_code, c"co_qualname".as_ptr()),
        consts,
    ];
    let mut code = ptr::null_mut();
    if ints.iter().all(|(_, v)| !v.is_null()) && owned.iter().all(|v| !v.is_null()) {
        let mut entries = ints.to_vec();
        if PyTuple_GET_SIZE((*f).spec) == 14 {
            entries.push((c"co_names", PyTuple_GET_ITEM((*f).spec, 13)));
        }
        if let Some((bytes, table, stacksize)) = bytecode
            && !bytes.is_null()
            && !table.is_null()
            && !stacksize.is_null()
        {
            entries.extend([
                (c"co_code", bytes),
                (c"co_linetable", table),
                (c"co_stacksize", stacksize),
            ]);
        }
        entries.extend([
            (c"co_consts", consts),
            (c"co_varnames", (*f).varnames),
            (c"co_freevars", (*f).freevars),
            (c"co_cellvars", (*f).cellvars),
            // The names the function was defined with (renaming a function later does not
            // rename its code), as its frame code records them.
            (c"co_name", owned[0]),
            (c"co_qualname", owned[1]),
            (c"co_filename", (*f).filename),
        ]);
        code = crate::util::code_replace(empty, &entries);
    }
    for (_, v) in ints {
        crate::util::xdecref(v);
    }
    for v in owned {
        crate::util::xdecref(v);
    }
    if let Some((bytes, table, stacksize)) = bytecode {
        for v in [bytes, table, stacksize] {
            crate::util::xdecref(v);
        }
    }
    Py_DECREF(empty);
    code
}

/// The frame code for functions made from `spec`, built once per spec (closures created in a
/// loop share it). New reference, or `NULL` with an exception set.
unsafe fn frame_code_for(
    spec: *mut PyObject,
    filename: *mut PyObject,
    name: *mut PyObject,
    qualname: *mut PyObject,
    firstlineno: Py_ssize_t,
    lastlineno: Py_ssize_t,
) -> *mut PyObject {
    // Keyed by the spec tuple's address (the entry keeps the spec alive).
    static CACHE: crate::util::ObjectCache<usize> = crate::util::ObjectCache::new();
    let cached = CACHE.get(spec as usize);
    if !cached.is_null() {
        return cached;
    }
    let code = crate::frames::make_frame_code(filename, name, qualname, firstlineno, lastlineno);
    if code.is_null() {
        return code;
    }
    CACHE.insert(spec as usize, code, &[spec])
}
