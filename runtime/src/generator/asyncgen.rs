//! Async generators (`async def` with `yield`), following CPython 3.11's `Objects/genobject.c`.
//!
//! An async generator shares the generator's layout and state machine; what differs is the
//! protocol around it. `__anext__()`/`asend(v)` return an `async_generator_asend` awaitable
//! and `athrow(...)`/`aclose()` an `async_generator_athrow` one; driving such an awaitable
//! resumes the body until it either yields (the awaitable completes with the yielded value)
//! or awaits something that suspends (the awaitable passes that value out to the event loop).
//!
//! CPython tells the two apart by wrapping yielded values (`ASYNC_GEN_WRAP`). heron needs no
//! wrapper: an `await` leaves its delegate in `GenState.yieldfrom` while suspended and a
//! `yield` does not (an async generator has no `yield from`), so a value that comes out while
//! no delegate is set is a yielded value.
//!
//! The first use of an async generator calls `sys.set_asyncgen_hooks`' `firstiter` hook and
//! records its `finalizer`; a suspended async generator that is dropped is handed to the
//! finalizer (asyncio schedules `aclose()`) instead of being closed synchronously.

use super::*;

/// The async-generator part of [`HeronGenerator`] (all zero for other kinds).
#[repr(C)]
pub(super) struct AsyncGenState {
    /// The `finalizer` hook recorded at first use (strong), or `NULL`.
    pub(super) finalizer: *mut PyObject,
    /// The hooks were looked at (first `asend`/`athrow`/`aclose`/`__anext__`).
    hooks_inited: bool,
    /// `aclose()` was called, or the generator ended.
    closed: bool,
    /// An `asend`/`athrow` awaitable is in progress (`ag_running`).
    running_async: bool,
}

/// CPython 3.11 layout fact: `offsetof(PyThreadState, async_gen_firstiter)`; the finalizer
/// follows it.
const TSTATE_ASYNC_GEN_FIRSTITER: usize = 208;
const TSTATE_ASYNC_GEN_FINALIZER: usize = 216;

static mut ASYNC_GEN_TYPE: PyTypeObject = unsafe { std::mem::zeroed() };
static mut ASYNC_GEN_ASYNC: PyAsyncMethods = unsafe { std::mem::zeroed() };
static mut ASEND_TYPE: PyTypeObject = unsafe { std::mem::zeroed() };
static mut ASEND_ASYNC: PyAsyncMethods = unsafe { std::mem::zeroed() };
static mut ATHROW_TYPE: PyTypeObject = unsafe { std::mem::zeroed() };
static mut ATHROW_ASYNC: PyAsyncMethods = unsafe { std::mem::zeroed() };

/// The compiled async generator type.
#[inline(always)]
pub(super) fn async_generator_type() -> *mut PyTypeObject {
    &raw mut ASYNC_GEN_TYPE
}

/// Whether `o` is a compiled async generator.
#[inline(always)]
pub(super) unsafe fn is_async_generator(o: *mut PyObject) -> bool {
    Py_TYPE(o) == async_generator_type()
}

/// Readies the async generator type and its two awaitable types (called once, from
/// [`ensure_type_ready`]).
pub(super) unsafe fn ready_types() -> c_int {
    let t = async_generator_type();
    (*t).tp_name = c"async_generator".as_ptr();
    (*t).tp_basicsize = offset_of!(HeronGenerator, state.slots) as Py_ssize_t;
    (*t).tp_itemsize = std::mem::size_of::<*mut PyObject>() as Py_ssize_t;
    (*t).tp_flags = (Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC) as _;
    (*t).tp_dealloc = Some(gen_dealloc);
    (*t).tp_traverse = Some(gen_traverse);
    (*t).tp_repr = Some(gen_repr);
    (*t).tp_finalize = Some(gen_finalize);
    (*t).tp_weaklistoffset = offset_of!(HeronGenerator, weakreflist) as Py_ssize_t;
    (*t).tp_methods = (&raw mut ASYNC_GEN_METHODS).cast();
    (*t).tp_getset = (&raw mut ASYNC_GEN_GETSET).cast();
    (*t).tp_free = Some(PyObject_GC_Del);
    let am = &raw mut ASYNC_GEN_ASYNC;
    (*am).am_aiter = Some(PyObject_SelfIter);
    (*am).am_anext = Some(anext);
    (*t).tp_as_async = am;

    for (t, am, name, iternext, send, methods) in [
        (
            &raw mut ASEND_TYPE,
            &raw mut ASEND_ASYNC,
            c"async_generator_asend",
            asend_iternext as iternextfunc,
            Some(asend_am_send as sendfunc),
            (&raw mut ASEND_METHODS).cast::<PyMethodDef>(),
        ),
        (
            &raw mut ATHROW_TYPE,
            &raw mut ATHROW_ASYNC,
            c"async_generator_athrow",
            athrow_iternext,
            None,
            (&raw mut ATHROW_METHODS).cast(),
        ),
    ] {
        (*t).tp_name = name.as_ptr();
        (*t).tp_basicsize = std::mem::size_of::<Awaitable>() as Py_ssize_t;
        (*t).tp_flags = (Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC) as _;
        (*t).tp_dealloc = Some(awaitable_dealloc);
        (*t).tp_traverse = Some(awaitable_traverse);
        (*t).tp_iter = Some(PyObject_SelfIter);
        (*t).tp_iternext = Some(iternext);
        (*t).tp_methods = methods;
        (*t).tp_free = Some(PyObject_GC_Del);
        (*am).am_await = Some(PyObject_SelfIter);
        // CPython's `asend` has no `am_send`; heron's adds one so that `async for` over a
        // compiled async generator does not raise a `StopIteration` per item.
        (*am).am_send = send;
        (*t).tp_as_async = am;
    }
    for t in [
        async_generator_type(),
        &raw mut ASEND_TYPE,
        &raw mut ATHROW_TYPE,
    ] {
        if Py_REFCNT(t.cast()) == 0 {
            Py_INCREF(t.cast());
        }
        if PyType_Ready(t) < 0 {
            return -1;
        }
    }
    0
}

/// `async_gen_init_hooks`: on first use, records the thread's finalizer hook and calls its
/// `firstiter` hook. 0, or -1 with an exception set.
unsafe fn init_hooks(g: *mut HeronGenerator) -> c_int {
    if (*g).ag.hooks_inited {
        return 0;
    }
    (*g).ag.hooks_inited = true;
    let tstate = PyThreadState_Get() as *mut u8;
    let finalizer = *(tstate.add(TSTATE_ASYNC_GEN_FINALIZER) as *mut *mut PyObject);
    if !finalizer.is_null() {
        (*g).ag.finalizer = new_ref(finalizer);
    }
    let firstiter = *(tstate.add(TSTATE_ASYNC_GEN_FIRSTITER) as *mut *mut PyObject);
    if !firstiter.is_null() {
        let hook = new_ref(firstiter);
        let r = PyObject_CallOneArg(hook, g.cast());
        Py_DECREF(hook);
        if r.is_null() {
            return -1;
        }
        Py_DECREF(r);
    }
    0
}

/// The `_PyGen_Finalize` branch for async generators: a suspended, unclosed async generator
/// with a finalizer hook is handed to it. Returns whether it was (the caller then does not
/// close it); any exception from the hook is reported as unraisable.
pub(super) unsafe fn call_finalizer(g: *mut HeronGenerator) -> bool {
    let finalizer = (*g).ag.finalizer;
    if finalizer.is_null() || (*g).ag.closed {
        return false;
    }
    let r = PyObject_CallOneArg(finalizer, g.cast());
    if r.is_null() {
        PyErr_WriteUnraisable(g.cast());
    } else {
        Py_DECREF(r);
    }
    true
}

/// Whether a value that just came out of the body (not `NULL`) was yielded, rather than
/// passed out by an `await` (see the module docs).
#[inline(always)]
unsafe fn yielded(g: *mut HeronGenerator) -> bool {
    (*g).state.yieldfrom.is_null()
}

/// `async_gen_unwrap_value`: turns what a step of the body produced into the result of the
/// awaitable driving it. A yielded value completes the awaitable (`StopIteration(value)`);
/// an awaited value passes through; the end of the generator is `StopAsyncIteration`.
unsafe fn unwrap_value(g: *mut HeronGenerator, result: *mut PyObject) -> *mut PyObject {
    if result.is_null() {
        if PyErr_Occurred().is_null() {
            PyErr_SetNone(PyExc_StopAsyncIteration);
        }
        if PyErr_ExceptionMatches(PyExc_StopAsyncIteration) != 0
            || PyErr_ExceptionMatches(PyExc_GeneratorExit) != 0
        {
            (*g).ag.closed = true;
        }
        (*g).ag.running_async = false;
        return ptr::null_mut();
    }
    if yielded(g) {
        crate::ffi_ext::_PyGen_SetStopIterationValue(result);
        Py_DECREF(result);
        (*g).ag.running_async = false;
        return ptr::null_mut();
    }
    result
}

// ---- the async generator's methods -------------------------------------------------------

/// A new `asend`/`athrow` awaitable of `ty` on the async generator `obj`, after the first-use
/// hooks (`sys.set_asyncgen_hooks`).
unsafe fn hooked_awaitable(
    ty: *mut PyTypeObject,
    obj: *mut PyObject,
    arg: *mut PyObject,
) -> *mut PyObject {
    if init_hooks(as_gen(obj)) < 0 {
        return ptr::null_mut();
    }
    awaitable_new(ty, obj, arg)
}

unsafe extern "C" fn anext(obj: *mut PyObject) -> *mut PyObject {
    hooked_awaitable(&raw mut ASEND_TYPE, obj, ptr::null_mut())
}

unsafe extern "C" fn asend(obj: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    hooked_awaitable(&raw mut ASEND_TYPE, obj, arg)
}

unsafe extern "C" fn aclose(obj: *mut PyObject, _: *mut PyObject) -> *mut PyObject {
    hooked_awaitable(&raw mut ATHROW_TYPE, obj, ptr::null_mut())
}

unsafe extern "C" fn athrow(obj: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
    hooked_awaitable(&raw mut ATHROW_TYPE, obj, args)
}

unsafe extern "C" fn get_running_async(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    crate::util::py_bool((*as_gen(obj)).ag.running_async)
}

static mut ASYNC_GEN_GETSET: [PyGetSetDef; 8] = [
    getset(c"__class__", Some(get_class), None),
    getset(c"__name__", Some(get_name), Some(set_name)),
    getset(c"__qualname__", Some(get_qualname), Some(set_qualname)),
    getset(c"ag_await", Some(get_yieldfrom), None),
    getset(c"ag_frame", Some(get_frame), None),
    getset(c"ag_running", Some(get_running_async), None),
    getset(c"ag_code", Some(get_code), None),
    GETSET_END,
];

static mut ASYNC_GEN_METHODS: [PyMethodDef; 4] = [
    method(c"asend", PyMethodDefPointer { PyCFunction: asend }, METH_O),
    method(
        c"athrow",
        PyMethodDefPointer {
            PyCFunction: athrow,
        },
        METH_VARARGS,
    ),
    method(
        c"aclose",
        PyMethodDefPointer {
            PyCFunction: aclose,
        },
        METH_NOARGS,
    ),
    METHOD_END,
];

// ---- the awaitables ------------------------------------------------------------------------

/// `AwaitableState`: not started, started, done.
const STATE_INIT: u8 = 0;
const STATE_ITER: u8 = 1;
const STATE_CLOSED: u8 = 2;

/// The layout of both awaitables: `async_generator_asend` (what `__anext__()` and
/// `asend(v)` return) and `async_generator_athrow` (what `athrow(...)` and `aclose()` return).
#[repr(C)]
struct Awaitable {
    ob_base: PyObject,
    /// The async generator (strong).
    agen: *mut PyObject,
    /// `asend`: the value to send first, `NULL` for `__anext__()`; `athrow`: the arguments
    /// tuple, `NULL` for `aclose()` (strong).
    arg: *mut PyObject,
    state: u8,
}

/// A new awaitable of type `tp` over `agen`.
unsafe fn awaitable_new(
    tp: *mut PyTypeObject,
    agen: *mut PyObject,
    arg: *mut PyObject,
) -> *mut PyObject {
    let o = PyType_GenericAlloc(tp, 0) as *mut Awaitable;
    if o.is_null() {
        return ptr::null_mut();
    }
    (*o).agen = new_ref(agen);
    (*o).arg = crate::util::xnew_ref(arg);
    (*o).state = STATE_INIT;
    o.cast()
}

unsafe extern "C" fn awaitable_dealloc(obj: *mut PyObject) {
    PyObject_GC_UnTrack(obj.cast());
    let o = obj as *mut Awaitable;
    clear_slot(&raw mut (*o).agen);
    clear_slot(&raw mut (*o).arg);
    PyObject_GC_Del(obj.cast());
}

unsafe extern "C" fn awaitable_traverse(
    obj: *mut PyObject,
    visit: visitproc,
    arg: *mut c_void,
) -> c_int {
    let o = obj as *mut Awaitable;
    for p in [(*o).agen, (*o).arg] {
        if !p.is_null() {
            let r = visit(p, arg);
            if r != 0 {
                return r;
            }
        }
    }
    0
}

/// `close()` of either awaitable.
unsafe extern "C" fn awaitable_close(obj: *mut PyObject, _: *mut PyObject) -> *mut PyObject {
    (*(obj as *mut Awaitable)).state = STATE_CLOSED;
    new_ref(none())
}

fn reuse_error(what: &str) -> *mut PyObject {
    unsafe {
        set_error(
            PyExc_RuntimeError,
            &format!("cannot reuse already awaited {what}"),
        )
    }
}

/// `async_gen_asend_send` as a send result: `PYGEN_RETURN` with the yielded value,
/// `PYGEN_NEXT` with a value an `await` in the body passes out, or `PYGEN_ERROR`.
unsafe fn asend_step(
    o: *mut Awaitable,
    arg: *mut PyObject,
    result: &mut *mut PyObject,
) -> PySendResult {
    *result = ptr::null_mut();
    if (*o).state == STATE_CLOSED {
        reuse_error("__anext__()/asend()");
        return PySendResult::PYGEN_ERROR;
    }
    let g = as_gen((*o).agen);
    let mut arg = arg;
    if (*o).state == STATE_INIT {
        if (*g).ag.running_async {
            set_error(
                PyExc_RuntimeError,
                "anext(): asynchronous generator is already running",
            );
            return PySendResult::PYGEN_ERROR;
        }
        if arg.is_null() || arg == none() {
            arg = (*o).arg;
        }
        (*o).state = STATE_ITER;
    }
    (*g).ag.running_async = true;
    let mut r = ptr::null_mut();
    let sent = if arg.is_null() { none() } else { arg };
    let status = match send_ex2(g, sent, false, false, &mut r) {
        PySendResult::PYGEN_NEXT if yielded(g) => {
            (*g).ag.running_async = false;
            *result = r;
            PySendResult::PYGEN_RETURN
        }
        PySendResult::PYGEN_NEXT => {
            *result = r;
            return PySendResult::PYGEN_NEXT;
        }
        PySendResult::PYGEN_RETURN => {
            // The body ended (an async generator returns `None`).
            Py_DECREF(r);
            PyErr_SetNone(PyExc_StopAsyncIteration);
            unwrap_value(g, ptr::null_mut());
            PySendResult::PYGEN_ERROR
        }
        PySendResult::PYGEN_ERROR => {
            unwrap_value(g, ptr::null_mut());
            PySendResult::PYGEN_ERROR
        }
    };
    (*o).state = STATE_CLOSED;
    status
}

/// Turns a send result into a `send`/`__next__` result (`StopIteration(value)` for a return).
unsafe fn as_next(status: PySendResult, r: *mut PyObject) -> *mut PyObject {
    match status {
        PySendResult::PYGEN_NEXT => r,
        PySendResult::PYGEN_RETURN => {
            set_stop_iteration(r);
            Py_DECREF(r);
            ptr::null_mut()
        }
        PySendResult::PYGEN_ERROR => ptr::null_mut(),
    }
}

unsafe extern "C" fn asend_send(obj: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    let mut r = ptr::null_mut();
    let status = asend_step(obj.cast(), arg, &mut r);
    as_next(status, r)
}

unsafe extern "C" fn asend_iternext(obj: *mut PyObject) -> *mut PyObject {
    asend_send(obj, ptr::null_mut())
}

unsafe extern "C" fn asend_am_send(
    obj: *mut PyObject,
    arg: *mut PyObject,
    result: *mut *mut PyObject,
) -> PySendResult {
    asend_step(obj.cast(), arg, &mut *result)
}

unsafe extern "C" fn asend_throw(
    obj: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject {
    let o = obj as *mut Awaitable;
    if (*o).state == STATE_CLOSED {
        return reuse_error("__anext__()/asend()");
    }
    let r = gen_throw((*o).agen, args, nargs);
    let r = unwrap_value(as_gen((*o).agen), r);
    if r.is_null() {
        (*o).state = STATE_CLOSED;
    }
    r
}

/// The end of an `aclose()` that the body answered by yielding.
unsafe fn ignored_exit(o: *mut Awaitable) -> *mut PyObject {
    let g = as_gen((*o).agen);
    (*g).ag.running_async = false;
    (*o).state = STATE_CLOSED;
    set_error(PyExc_RuntimeError, "async generator ignored GeneratorExit")
}

/// `check_error` of `async_gen_athrow_send`: the step raised; `aclose()` completes normally
/// when the generator exited.
unsafe fn athrow_error(o: *mut Awaitable) -> *mut PyObject {
    let g = as_gen((*o).agen);
    (*g).ag.running_async = false;
    (*o).state = STATE_CLOSED;
    if (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) != 0
        || PyErr_ExceptionMatches(PyExc_GeneratorExit) != 0)
        && (*o).arg.is_null()
    {
        PyErr_Clear();
        PyErr_SetNone(PyExc_StopIteration);
    }
    ptr::null_mut()
}

unsafe extern "C" fn athrow_send(obj: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    let o = obj as *mut Awaitable;
    let g = as_gen((*o).agen);
    if (*o).state == STATE_CLOSED {
        return reuse_error("aclose()/athrow()");
    }
    if finished(g) {
        (*o).state = STATE_CLOSED;
        PyErr_SetNone(PyExc_StopIteration);
        return ptr::null_mut();
    }
    if (*o).state == STATE_INIT {
        if (*g).ag.running_async {
            (*o).state = STATE_CLOSED;
            let which = if (*o).arg.is_null() {
                "aclose"
            } else {
                "athrow"
            };
            return set_error(
                PyExc_RuntimeError,
                &format!("{which}(): asynchronous generator is already running"),
            );
        }
        if (*g).ag.closed {
            (*o).state = STATE_CLOSED;
            PyErr_SetNone(PyExc_StopAsyncIteration);
            return ptr::null_mut();
        }
        if arg != none() {
            return set_error(
                PyExc_RuntimeError,
                "can't send non-None value to a just-started coroutine",
            );
        }
        (*o).state = STATE_ITER;
        (*g).ag.running_async = true;
        let r = if (*o).arg.is_null() {
            // `aclose()`: throw `GeneratorExit` in, without closing an awaited delegate.
            (*g).ag.closed = true;
            let r = throw_into(
                g,
                false,
                PyExc_GeneratorExit,
                ptr::null_mut(),
                ptr::null_mut(),
            );
            if !r.is_null() && yielded(g) {
                Py_DECREF(r);
                return ignored_exit(o);
            }
            r
        } else {
            let (mut typ, mut val, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
            if PyArg_UnpackTuple(
                (*o).arg,
                c"athrow".as_ptr(),
                1,
                3,
                &mut typ,
                &mut val,
                &mut tb,
            ) == 0
            {
                return ptr::null_mut();
            }
            let r = throw_into(g, false, typ, val, tb);
            unwrap_value(g, r)
        };
        if r.is_null() {
            return athrow_error(o);
        }
        return r;
    }
    let r = gen_send((*o).agen, arg);
    if !(*o).arg.is_null() {
        return unwrap_value(g, r);
    }
    // `aclose()`.
    if r.is_null() {
        return athrow_error(o);
    }
    if yielded(g) {
        Py_DECREF(r);
        return ignored_exit(o);
    }
    r
}

unsafe extern "C" fn athrow_iternext(obj: *mut PyObject) -> *mut PyObject {
    athrow_send(obj, none())
}

unsafe extern "C" fn athrow_throw(
    obj: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject {
    let o = obj as *mut Awaitable;
    if (*o).state == STATE_CLOSED {
        return reuse_error("aclose()/athrow()");
    }
    let g = as_gen((*o).agen);
    let r = gen_throw((*o).agen, args, nargs);
    if !(*o).arg.is_null() {
        return unwrap_value(g, r);
    }
    // `aclose()`.
    if !r.is_null() && yielded(g) {
        Py_DECREF(r);
        return ignored_exit(o);
    }
    if r.is_null()
        && (PyErr_ExceptionMatches(PyExc_StopAsyncIteration) != 0
            || PyErr_ExceptionMatches(PyExc_GeneratorExit) != 0)
    {
        PyErr_Clear();
        PyErr_SetNone(PyExc_StopIteration);
    }
    r
}

static mut ASEND_METHODS: [PyMethodDef; 4] =
    send_throw_close(asend_send, asend_throw, awaitable_close);

static mut ATHROW_METHODS: [PyMethodDef; 4] =
    send_throw_close(athrow_send, athrow_throw, awaitable_close);
