//! Generator objects of compiled generator functions.
//!
//! A compiled generator body is a state machine (see `heron_ir::abi`, "Generators"): the
//! runtime calls it on every resumption with the generator's `GenState`, and it continues after
//! the suspension point it last stopped at. This module owns everything else, following
//! CPython 3.11's `Objects/genobject.c` step by step so that programs cannot tell the
//! difference:
//! - the protocol: `__next__`, `send`, `throw` (one- and three-argument forms), `close`,
//!   `am_send` (so `yield from`, `await` and asyncio's C code take the fast path), the
//!   return value carried by `StopIteration.value`, PEP 479 (a `StopIteration` escaping the
//!   body becomes `RuntimeError`), "generator already executing", "can't send non-None value
//!   to a just-started generator";
//! - `yield from` delegation: while the body is suspended in `yield from`, sends, throws and
//!   closes go to the delegate (`GenState.yieldfrom`) without entering the body, which is
//!   resumed only with the delegate's return value or exception, as CPython's `SEND` loop
//!   and `gen_throw` behave;
//! - the frame: each generator owns an interpreter frame (so `gi_frame` exists while it is
//!   suspended), linked into the thread's frame chain while the body runs; the generator's
//!   own handled-exception state is chained onto the thread state while it runs
//!   (`gi_exc_state`), so `sys.exc_info()` and exception context inside a generator are
//!   CPython's;
//! - finalization: a generator dropped while suspended is closed (`GeneratorExit` thrown in,
//!   `finally` blocks run), with "Exception ignored in" reports as CPython's;
//! - `gi_running`, `gi_frame`, `gi_code`, `gi_yieldfrom`, `gi_suspended`, `__name__`,
//!   `__qualname__`; `__class__` reports `types.GeneratorType`, so `isinstance`,
//!   `inspect.isgenerator` and the `collections.abc.Generator` registration accept it.

mod asyncgen;

use crate::exceptions::{ErrStackItem, exc_info_slot};
use crate::frames::Frame;
use crate::function::HeronFunction;
use crate::util::{
    GETSET_END, METHOD_END, clear_slot, getset, method, new_ref, none, set_error, type_error,
    xdecref,
};
use pyo3_ffi::*;
use std::ffi::{c_int, c_void};
use std::mem::offset_of;
use std::ptr;
use std::sync::atomic::{AtomicBool, Ordering};

/// A generator body: `body(func, args, frame, state, sent)` (see `heron_ir::abi`).
pub type GeneratorBody = unsafe extern "C" fn(
    *mut PyObject,
    *const *mut PyObject,
    *mut Frame,
    *mut GenState,
    *mut PyObject,
) -> *mut PyObject;

/// `GenState` of `heron_ir::abi`; the body's slots follow it.
#[repr(C)]
pub struct GenState {
    /// 0: not started; k > 0: suspended at point k; -1: finished.
    pub resume: i64,
    /// The delegate while suspended in `yield from` (strong).
    pub yieldfrom: *mut PyObject,
    /// The frame code's first instruction.
    pub code_base: *mut u16,
    slots: [*mut PyObject; 0],
}

/// The instance layout. The state comes last: the body's slots follow it (`ob_size` of them).
#[repr(C)]
pub struct HeronGenerator {
    ob_base: PyVarObject,
    /// The generator function (strong).
    func: *mut PyObject,
    /// The body it was created to run (the function's body at that time: assigning another
    /// compiled function's `__code__` later must not change what a generator resumes).
    body: Option<crate::function::FunctionBody>,
    /// Copies of the bound argument slots (strong), stored after the body's slots.
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
    /// How many of the slots are the body's variables (owned references or `NULL`).
    nvars: Py_ssize_t,
    /// How many slots after the variables hold saved values with references of their own
    /// (valid while suspended; `NULL` where unused).
    nowned: Py_ssize_t,
    name: *mut PyObject,
    qualname: *mut PyObject,
    weakreflist: *mut PyObject,
    exc_state: ErrStackItem,
    frame: Frame,
    running: bool,
    /// [`KIND_GENERATOR`], [`KIND_COROUTINE`] or [`KIND_ASYNC_GENERATOR`].
    kind: u8,
    /// Async generators: see [`asyncgen`].
    ag: asyncgen::AsyncGenState,
    state: GenState,
}

/// A generator (`def` with `yield`).
const KIND_GENERATOR: u8 = 0;
/// A coroutine (`async def`).
const KIND_COROUTINE: u8 = 1;
/// An async generator (`async def` with `yield`).
const KIND_ASYNC_GENERATOR: u8 = 2;

/// A `coroutine_wrapper`: what `coroutine.__await__()` returns.
#[repr(C)]
struct CoroWrapper {
    ob_base: PyObject,
    coro: *mut PyObject,
}

static mut GENERATOR_TYPE: PyTypeObject = unsafe { std::mem::zeroed() };
static mut GENERATOR_ASYNC: PyAsyncMethods = unsafe { std::mem::zeroed() };
static mut ITERABLE_COROUTINE_TYPE: PyTypeObject = unsafe { std::mem::zeroed() };
static mut ITERABLE_COROUTINE_ASYNC: PyAsyncMethods = unsafe { std::mem::zeroed() };
static mut COROUTINE_TYPE: PyTypeObject = unsafe { std::mem::zeroed() };
static mut COROUTINE_ASYNC: PyAsyncMethods = unsafe { std::mem::zeroed() };
static mut WRAPPER_TYPE: PyTypeObject = unsafe { std::mem::zeroed() };
static mut WRAPPER_ASYNC: PyAsyncMethods = unsafe { std::mem::zeroed() };
static TYPE_READY: AtomicBool = AtomicBool::new(false);

/// The compiled coroutine type.
#[inline(always)]
fn coroutine_type() -> *mut PyTypeObject {
    &raw mut COROUTINE_TYPE
}

/// Whether `o` is a compiled coroutine.
#[inline(always)]
pub unsafe fn is_coroutine(o: *mut PyObject) -> bool {
    Py_TYPE(o) == coroutine_type()
}

/// Whether `o` is a compiled generator or coroutine (one [`HeronGenerator`] layout).
#[inline(always)]
unsafe fn is_compiled(o: *mut PyObject) -> bool {
    is_generator(o) || is_coroutine(o)
}

/// The words CPython's messages use for this kind of object.
unsafe fn what(g: *mut HeronGenerator) -> &'static str {
    match (*g).kind {
        KIND_COROUTINE => "coroutine",
        KIND_ASYNC_GENERATOR => "async generator",
        _ => "generator",
    }
}

/// The compiled generator type.
#[inline(always)]
pub fn generator_type() -> *mut PyTypeObject {
    &raw mut GENERATOR_TYPE
}

/// The type of compiled generators whose function's code has `CO_ITERABLE_COROUTINE`
/// (`types.coroutine`) when they are created: generators that are also awaitable. A type of
/// its own because CPython's `await` machinery (`anext`, `_PyCoro_GetAwaitableIter`)
/// recognizes such generators only by `am_await` unless they are CPython's own, and giving
/// every compiled generator `__await__` would make all of them `Awaitable`.
#[inline(always)]
fn iterable_coroutine_type() -> *mut PyTypeObject {
    &raw mut ITERABLE_COROUTINE_TYPE
}

/// Whether `o` is a compiled generator.
#[inline(always)]
pub unsafe fn is_generator(o: *mut PyObject) -> bool {
    Py_TYPE(o) == generator_type() || Py_TYPE(o) == iterable_coroutine_type()
}

/// `__await__` of a generator made a coroutine by `types.coroutine`: the generator itself.
unsafe extern "C" fn iterable_coroutine_await(obj: *mut PyObject) -> *mut PyObject {
    new_ref(obj)
}

unsafe fn ensure_type_ready() -> c_int {
    if TYPE_READY.load(Ordering::Acquire) {
        return 0;
    }
    for (t, am, coroutine) in [
        (generator_type(), &raw mut GENERATOR_ASYNC, false),
        (
            iterable_coroutine_type(),
            &raw mut ITERABLE_COROUTINE_ASYNC,
            false,
        ),
        (coroutine_type(), &raw mut COROUTINE_ASYNC, true),
    ] {
        (*t).tp_name = if coroutine {
            c"coroutine".as_ptr()
        } else {
            c"generator".as_ptr()
        };
        (*t).tp_basicsize = offset_of!(HeronGenerator, state.slots) as Py_ssize_t;
        (*t).tp_itemsize = std::mem::size_of::<*mut PyObject>() as Py_ssize_t;
        (*t).tp_flags = (Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC) as _;
        (*t).tp_dealloc = Some(gen_dealloc);
        (*t).tp_traverse = Some(gen_traverse);
        (*t).tp_repr = Some(gen_repr);
        if coroutine {
            (*am).am_await = Some(coro_await);
            (*t).tp_getset = (&raw mut CORO_GETSET).cast();
        } else {
            (*t).tp_iter = Some(PyObject_SelfIter);
            (*t).tp_iternext = Some(gen_iternext);
            (*t).tp_getset = (&raw mut GETSET).cast();
            if t == iterable_coroutine_type() {
                (*am).am_await = Some(iterable_coroutine_await);
            }
        }
        (*t).tp_finalize = Some(gen_finalize);
        (*t).tp_weaklistoffset = offset_of!(HeronGenerator, weakreflist) as Py_ssize_t;
        (*t).tp_methods = (&raw mut METHODS).cast();
        (*t).tp_free = Some(PyObject_GC_Del);
        (*am).am_send = Some(gen_am_send);
        (*t).tp_as_async = am;
        if Py_REFCNT(t.cast()) == 0 {
            Py_INCREF(t.cast());
        }
        if PyType_Ready(t) < 0 {
            return -1;
        }
        if t == iterable_coroutine_type() {
            // The `am_await` slot is for CPython's `await` machinery only: as for CPython's
            // generators, no `__await__` attribute (so not `collections.abc.Awaitable`).
            let dict = (*t).tp_dict;
            if PyDict_DelItemString(dict, c"__await__".as_ptr()) < 0 {
                return -1;
            }
            PyType_Modified(t);
        }
    }
    let w = &raw mut WRAPPER_TYPE;
    (*w).tp_name = c"coroutine_wrapper".as_ptr();
    (*w).tp_basicsize = std::mem::size_of::<CoroWrapper>() as Py_ssize_t;
    (*w).tp_flags = (Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC) as _;
    (*w).tp_dealloc = Some(wrapper_dealloc);
    (*w).tp_traverse = Some(wrapper_traverse);
    (*w).tp_iter = Some(PyObject_SelfIter);
    (*w).tp_iternext = Some(wrapper_iternext);
    (*w).tp_methods = (&raw mut WRAPPER_METHODS).cast();
    (*w).tp_free = Some(PyObject_GC_Del);
    let wam = &raw mut WRAPPER_ASYNC;
    (*wam).am_send = Some(wrapper_am_send);
    (*w).tp_as_async = wam;
    if Py_REFCNT(w.cast()) == 0 {
        Py_INCREF(w.cast());
    }
    if PyType_Ready(w) < 0 {
        return -1;
    }
    if asyncgen::ready_types() < 0 {
        return -1;
    }
    TYPE_READY.store(true, Ordering::Release);
    0
}

#[inline(always)]
unsafe fn as_gen(o: *mut PyObject) -> *mut HeronGenerator {
    o as *mut HeronGenerator
}

#[inline(always)]
unsafe fn slots(g: *mut HeronGenerator) -> *mut *mut PyObject {
    (&raw mut (*g).state.slots).cast()
}

/// Calls a generator function: `args` are the bound parameter slots (borrowed). Returns the
/// new, unstarted generator.
pub(crate) unsafe fn create(func: *mut PyObject, args: *const *mut PyObject) -> *mut PyObject {
    if ensure_type_ready() < 0 {
        return ptr::null_mut();
    }
    let f = func as *mut HeronFunction;
    let layout = (*f).gen_layout;
    let nvars = (layout & 0xffff_ffff) as Py_ssize_t;
    let nsaved = ((layout >> 32) & 0xffff) as Py_ssize_t;
    let nowned = ((layout >> 48) & 0xffff) as Py_ssize_t;
    let nargs = (*f).nslots;
    let flags = (*f).flags;
    let (tp, kind) = if flags & crate::function::CO_COROUTINE != 0 {
        (coroutine_type(), KIND_COROUTINE)
    } else if flags & crate::function::CO_ASYNC_GENERATOR != 0 {
        (asyncgen::async_generator_type(), KIND_ASYNC_GENERATOR)
    } else if !(*f).code.is_null() && has_iterable_coroutine_flag(func, c"__code__") {
        // `types.coroutine` replaced the code (so it exists) with the flag set; generators
        // created before that stay plain, as CPython's keep the code they started with.
        (iterable_coroutine_type(), KIND_GENERATOR)
    } else {
        (generator_type(), KIND_GENERATOR)
    };
    // Zero-filled: every slot starts `NULL`, `resume` 0. The arguments follow the slots.
    let obj = PyType_GenericAlloc(tp, nvars + nsaved + nargs);
    if obj.is_null() {
        return ptr::null_mut();
    }
    let g = as_gen(obj);
    (*g).func = new_ref(func);
    (*g).body = (*f).body;
    let arg_copy = slots(g).add((nvars + nsaved) as usize);
    for i in 0..nargs as usize {
        *arg_copy.add(i) = crate::util::xnew_ref(*args.add(i));
    }
    (*g).args = arg_copy;
    (*g).nargs = nargs;
    (*g).nvars = nvars;
    (*g).nowned = nowned;
    (*g).kind = kind;
    (*g).name = new_ref((*f).name);
    (*g).qualname = new_ref((*f).qualname);
    let code = (*f).frame_code;
    let base = crate::frames::code_start(code);
    (*g).state.code_base = base;
    (*g).frame = Frame {
        f_func: func,
        f_globals: (*f).globals,
        f_builtins: (*f).builtins,
        f_locals: ptr::null_mut(),
        f_code: code,
        frame_obj: ptr::null_mut(),
        previous: ptr::null_mut(),
        prev_instr: base,
        stacktop: 0,
        is_entry: false,
        owner: 0,
    };
    obj
}

/// Runs the body one step. On its first run (unless an exception is thrown in at the start,
/// which raises before the entry) the body takes over the argument copies: its entry moves
/// them into its variables (`Op::TakeArg`), so that rebinding a parameter releases the
/// argument, as in CPython, whose generator frame owns its arguments.
#[inline(always)]
unsafe fn call_body(
    body: GeneratorBody,
    g: *mut HeronGenerator,
    frame: *mut crate::frames::Frame,
    sent: *mut PyObject,
) -> *mut PyObject {
    if (*g).state.resume == 0 && !sent.is_null() {
        (*g).nargs = 0;
    }
    body((*g).func, (*g).args, frame, &raw mut (*g).state, sent)
}

/// Releases the argument copies (the array itself is part of the object).
unsafe fn clear_args(g: *mut HeronGenerator) {
    let n = (*g).nargs;
    (*g).nargs = 0;
    for i in 0..n as usize {
        clear_slot((*g).args.add(i));
    }
}

/// `_PyGen_yf`: the delegate the suspended body waits on in `yield from`/`await`; `NULL` if
/// none, and while the generator runs (its delegate may be the code running).
#[inline(always)]
unsafe fn delegate(g: *mut HeronGenerator) -> *mut PyObject {
    if (*g).running {
        ptr::null_mut()
    } else {
        (*g).state.yieldfrom
    }
}

#[inline(always)]
unsafe fn finished(g: *mut HeronGenerator) -> bool {
    (*g).state.resume < 0
}

/// The generator cannot run again: release what only the body used (CPython clears the
/// frame), and hand the frame over to its frame object if one outlives it.
unsafe fn mark_finished(g: *mut HeronGenerator) {
    (*g).state.resume = -1;
    clear_slot(&raw mut (*g).state.yieldfrom);
    clear_slot(&raw mut (*g).exc_state.exc_value);
    clear_args(g);
    if !(*g).frame.frame_obj.is_null() {
        crate::frames::detach(&raw mut (*g).frame);
    }
}

/// `gen_send_ex2`: runs the generator one step. `arg` is the value sent (borrowed; `NULL` from
/// `__next__`); with `exc`, an exception is set and is thrown in instead. `*result` gets the
/// yielded value (`PYGEN_NEXT`), the return value (`PYGEN_RETURN`) or `NULL` (`PYGEN_ERROR`,
/// with an exception set unless a finished generator was advanced).
unsafe fn send_ex2(
    g: *mut HeronGenerator,
    arg: *mut PyObject,
    exc: bool,
    closing: bool,
    result: &mut *mut PyObject,
) -> PySendResult {
    *result = ptr::null_mut();
    if (*g).running {
        set_error(PyExc_ValueError, &format!("{} already executing", what(g)));
        return PySendResult::PYGEN_ERROR;
    }
    if finished(g) {
        if (*g).kind == KIND_COROUTINE && !closing {
            set_error(PyExc_RuntimeError, "cannot reuse already awaited coroutine");
            return PySendResult::PYGEN_ERROR;
        }
        if !arg.is_null() && !exc {
            *result = new_ref(none());
            return PySendResult::PYGEN_RETURN;
        }
        return PySendResult::PYGEN_ERROR;
    }
    if (*g).state.resume == 0 {
        if !exc && !arg.is_null() && arg != none() {
            type_error(&format!(
                "can't send non-None value to a just-started {}",
                what(g)
            ));
            return PySendResult::PYGEN_ERROR;
        }
        if exc && closing {
            // Closing an unstarted generator: nothing to run (the GeneratorExit stays set).
            mark_finished(g);
            return PySendResult::PYGEN_ERROR;
        }
    }
    let tstate = PyThreadState_Get();
    if crate::stack::exhausted() {
        set_error(PyExc_RecursionError, "maximum recursion depth exceeded");
        return PySendResult::PYGEN_ERROR;
    }
    if crate::frames::enter_recursive_call(tstate, c"") != 0 {
        return PySendResult::PYGEN_ERROR;
    }
    // Link the frame and the handled-exception state, as `gen_send_ex2` does.
    let frame = &raw mut (*g).frame;
    let current = link_frame(g, tstate);
    let exc_info = exc_info_slot(tstate);
    (*g).exc_state.previous_item = *exc_info;
    *exc_info = &raw mut (*g).exc_state;
    if exc {
        crate::ffi_ext::_PyErr_ChainStackItem(ptr::null_mut());
    }
    (*g).running = true;

    let mut sent = if exc {
        ptr::null_mut()
    } else if arg.is_null() {
        new_ref(none())
    } else {
        new_ref(arg)
    };
    let mut step = Step::Body;
    if !(*g).state.yieldfrom.is_null() {
        if exc {
            // Thrown in past the delegate: the body raises it at the `yield from`.
            clear_slot(&raw mut (*g).state.yieldfrom);
        } else {
            // `SEND`: the delegate runs; the body resumes only when it is done.
            let mut r = ptr::null_mut();
            match PyIter_Send((*g).state.yieldfrom, sent, &mut r) {
                PySendResult::PYGEN_NEXT => step = Step::Yielded(r),
                PySendResult::PYGEN_RETURN => {
                    clear_slot(&raw mut (*g).state.yieldfrom);
                    Py_DECREF(sent);
                    sent = r;
                }
                PySendResult::PYGEN_ERROR => {
                    clear_slot(&raw mut (*g).state.yieldfrom);
                    Py_DECREF(sent);
                    sent = ptr::null_mut();
                }
            }
        }
    }
    let out = match step {
        Step::Yielded(r) => {
            xdecref(sent);
            r
        }
        Step::Body => {
            let body: GeneratorBody = std::mem::transmute((*g).body);
            // Resuming hands `sent` over to the body; the start only tests it for `NULL`.
            let at_start = (*g).state.resume == 0;
            let r = if crate::frames::tracing_active(tstate) {
                traced_body(tstate, body, g, sent)
            } else {
                call_body(body, g, frame, sent)
            };
            if at_start {
                xdecref(sent);
            }
            r
        }
    };

    (*g).running = false;
    *exc_info = (*g).exc_state.previous_item;
    (*g).exc_state.previous_item = ptr::null_mut();
    unlink_frame(g, current);
    crate::frames::leave_recursive_call(tstate);

    if !out.is_null() && (*g).state.resume > 0 {
        *result = out;
        return PySendResult::PYGEN_NEXT;
    }
    if out.is_null() {
        // PEP 479, and its async-generator analogue for `StopAsyncIteration`.
        let msg = if PyErr_ExceptionMatches(PyExc_StopIteration) != 0 {
            match (*g).kind {
                KIND_COROUTINE => Some(c"coroutine raised StopIteration"),
                KIND_ASYNC_GENERATOR => Some(c"async generator raised StopIteration"),
                _ => Some(c"generator raised StopIteration"),
            }
        } else if (*g).kind == KIND_ASYNC_GENERATOR
            && PyErr_ExceptionMatches(PyExc_StopAsyncIteration) != 0
        {
            Some(c"async generator raised StopAsyncIteration")
        } else {
            None
        };
        if let Some(msg) = msg {
            crate::ffi_ext::_PyErr_FormatFromCause(
                PyExc_RuntimeError,
                c"%s".as_ptr(),
                msg.as_ptr(),
            );
        }
    }
    mark_finished(g);
    *result = out;
    if out.is_null() {
        PySendResult::PYGEN_ERROR
    } else {
        PySendResult::PYGEN_RETURN
    }
}

/// Links the generator's frame as `tstate`'s current frame; returns the slot to give to
/// [`unlink_frame`].
#[inline(always)]
unsafe fn link_frame(g: *mut HeronGenerator, tstate: *mut PyThreadState) -> *mut *mut Frame {
    let current = crate::frames::current_frame_slot(tstate);
    (*g).frame.previous = *current;
    *current = &raw mut (*g).frame;
    current
}

/// Unlinks the generator's frame; a suspended frame has no `previous` (its `f_back` is `None`).
#[inline(always)]
unsafe fn unlink_frame(g: *mut HeronGenerator, current: *mut *mut Frame) {
    *current = (*g).frame.previous;
    (*g).frame.previous = ptr::null_mut();
}

enum Step {
    Body,
    Yielded(*mut PyObject),
}

/// The body call with `call`/`return` events for `sys.setprofile`/`sys.settrace` (sent on
/// every resumption and suspension, as for interpreted generators).
#[cold]
unsafe fn traced_body(
    tstate: *mut PyThreadState,
    body: GeneratorBody,
    g: *mut HeronGenerator,
    sent: *mut PyObject,
) -> *mut PyObject {
    if crate::frames::trace_event(tstate, PyTrace_CALL, none()) < 0 {
        return ptr::null_mut();
    }
    let r = call_body(body, g, &raw mut (*g).frame, sent);
    let shown = if r.is_null() { none() } else { r };
    if crate::frames::trace_event(tstate, PyTrace_RETURN, shown) < 0 {
        xdecref(r);
        return ptr::null_mut();
    }
    r
}

/// `gen_send_ex`: one step, with a return turned into `StopIteration(value)`.
unsafe fn send_ex(
    g: *mut HeronGenerator,
    arg: *mut PyObject,
    exc: bool,
    closing: bool,
) -> *mut PyObject {
    let mut r = ptr::null_mut();
    if let PySendResult::PYGEN_RETURN = send_ex2(g, arg, exc, closing, &mut r) {
        if (*g).kind == KIND_ASYNC_GENERATOR {
            PyErr_SetNone(PyExc_StopAsyncIteration);
        } else {
            set_stop_iteration(r);
        }
        Py_DECREF(r);
        return ptr::null_mut();
    }
    r
}

unsafe fn set_stop_iteration(value: *mut PyObject) {
    if value == none() {
        PyErr_SetNone(PyExc_StopIteration);
    } else {
        crate::ffi_ext::_PyGen_SetStopIterationValue(value);
    }
}

unsafe extern "C" fn gen_iternext(obj: *mut PyObject) -> *mut PyObject {
    let mut r = ptr::null_mut();
    match send_ex2(as_gen(obj), ptr::null_mut(), false, false, &mut r) {
        PySendResult::PYGEN_NEXT => r,
        PySendResult::PYGEN_RETURN => {
            if r != none() {
                crate::ffi_ext::_PyGen_SetStopIterationValue(r);
            }
            Py_DECREF(r);
            ptr::null_mut()
        }
        PySendResult::PYGEN_ERROR => ptr::null_mut(),
    }
}

unsafe extern "C" fn gen_am_send(
    obj: *mut PyObject,
    arg: *mut PyObject,
    result: *mut *mut PyObject,
) -> PySendResult {
    send_ex2(as_gen(obj), arg, false, false, &mut *result)
}

unsafe extern "C" fn gen_send(obj: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    send_ex(as_gen(obj), arg, false, false)
}

/// `_PyObject_LookupAttr`, tolerating a failed interning (`name` `NULL`, an error set).
unsafe fn lookup_attr(obj: *mut PyObject, name: *mut PyObject, out: &mut *mut PyObject) -> c_int {
    if name.is_null() {
        return -1;
    }
    crate::ffi_ext::_PyObject_LookupAttr(obj, name, out)
}

/// `gen_close_iter`: closes a delegate. 0, or -1 with an exception set.
unsafe fn close_iter(yf: *mut PyObject) -> c_int {
    let r = if is_compiled(yf) {
        gen_close(yf, ptr::null_mut())
    } else {
        let mut meth = ptr::null_mut();
        if lookup_attr(yf, crate::interned!("close"), &mut meth) < 0 {
            PyErr_WriteUnraisable(yf);
        }
        if meth.is_null() {
            return 0;
        }
        let r = PyObject_CallNoArgs(meth);
        Py_DECREF(meth);
        r
    };
    if r.is_null() {
        return -1;
    }
    Py_DECREF(r);
    0
}

unsafe extern "C" fn gen_close(obj: *mut PyObject, _: *mut PyObject) -> *mut PyObject {
    let g = as_gen(obj);
    let yf = delegate(g);
    let mut err = 0;
    if !yf.is_null() {
        Py_INCREF(yf);
        (*g).running = true;
        err = close_iter(yf);
        (*g).running = false;
        Py_DECREF(yf);
    }
    if err == 0 {
        PyErr_SetNone(PyExc_GeneratorExit);
    }
    let r = send_ex(g, none(), true, true);
    if !r.is_null() {
        Py_DECREF(r);
        return set_error(
            PyExc_RuntimeError,
            &format!("{} ignored GeneratorExit", what(g)),
        );
    }
    if PyErr_ExceptionMatches(PyExc_StopIteration) != 0
        || PyErr_ExceptionMatches(PyExc_GeneratorExit) != 0
    {
        PyErr_Clear();
        return new_ref(none());
    }
    ptr::null_mut()
}

unsafe extern "C" fn gen_throw(
    obj: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject {
    if nargs < 1 {
        return type_error(&format!("throw expected at least 1 argument, got {nargs}"));
    }
    if nargs > 3 {
        return type_error(&format!("throw expected at most 3 arguments, got {nargs}"));
    }
    let arg = |i: Py_ssize_t| {
        if i < nargs {
            *args.offset(i)
        } else {
            ptr::null_mut()
        }
    };
    throw_into(as_gen(obj), true, arg(0), arg(1), arg(2))
}

/// `_gen_throw`.
unsafe fn throw_into(
    g: *mut HeronGenerator,
    close_on_genexit: bool,
    typ: *mut PyObject,
    val: *mut PyObject,
    tb: *mut PyObject,
) -> *mut PyObject {
    let yf = delegate(g);
    if !yf.is_null() {
        Py_INCREF(yf);
        if close_on_genexit && PyErr_GivenExceptionMatches(typ, PyExc_GeneratorExit) != 0 {
            // Close the delegate, then throw GeneratorExit (or what closing raised) in here.
            (*g).running = true;
            let err = close_iter(yf);
            (*g).running = false;
            Py_DECREF(yf);
            if err < 0 {
                return send_ex(g, none(), true, false);
            }
            return throw_here(g, typ, val, tb);
        }
        let ret;
        if is_compiled(yf) {
            // Link this frame while the delegate runs, for complete tracebacks.
            let current = link_frame(g, PyThreadState_Get());
            (*g).running = true;
            ret = throw_into(as_gen(yf), close_on_genexit, typ, val, tb);
            (*g).running = false;
            unlink_frame(g, current);
        } else {
            let mut meth = ptr::null_mut();
            if lookup_attr(yf, crate::interned!("throw"), &mut meth) < 0 {
                Py_DECREF(yf);
                return ptr::null_mut();
            }
            if meth.is_null() {
                Py_DECREF(yf);
                return throw_here(g, typ, val, tb);
            }
            (*g).running = true;
            let call_args = [typ, val, tb];
            let n = call_args.iter().take_while(|a| !a.is_null()).count();
            ret = PyObject_Vectorcall(meth, call_args.as_ptr(), n, ptr::null_mut());
            (*g).running = false;
            Py_DECREF(meth);
        }
        Py_DECREF(yf);
        if !ret.is_null() {
            return ret;
        }
        // The delegate finished: resume the body with its return value or its exception.
        clear_slot(&raw mut (*g).state.yieldfrom);
        let mut value = ptr::null_mut();
        if crate::ffi_ext::_PyGen_FetchStopIterationValue(&mut value) == 0 {
            let r = send_ex(g, value, false, false);
            Py_DECREF(value);
            return r;
        }
        return send_ex(g, none(), true, false);
    }
    throw_here(g, typ, val, tb)
}

/// The end of `_gen_throw`: checks and normalizes the exception, then raises it in the body.
unsafe fn throw_here(
    g: *mut HeronGenerator,
    typ: *mut PyObject,
    val: *mut PyObject,
    tb: *mut PyObject,
) -> *mut PyObject {
    let tb = if tb == none() { ptr::null_mut() } else { tb };
    if !tb.is_null() && PyTraceBack_Check(tb) == 0 {
        return type_error("throw() third argument must be a traceback object");
    }
    let (mut typ, mut val, mut tb) = (new_ref(typ), val, tb);
    if !val.is_null() {
        Py_INCREF(val);
    }
    if !tb.is_null() {
        Py_INCREF(tb);
    }
    if PyExceptionClass_Check(typ) != 0 {
        PyErr_NormalizeException(&mut typ, &mut val, &mut tb);
    } else if PyExceptionInstance_Check(typ) != 0 {
        if !val.is_null() && val != none() {
            Py_DECREF(typ);
            Py_DECREF(val);
            xdecref(tb);
            return type_error("instance exception may not have a separate value");
        }
        xdecref(val);
        val = typ;
        typ = new_ref(PyExceptionInstance_Class(val));
        if tb.is_null() {
            tb = PyException_GetTraceback(val);
        }
    } else {
        let msg = format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            crate::util::type_name(typ)
        );
        Py_DECREF(typ);
        xdecref(val);
        xdecref(tb);
        return type_error(&msg);
    }
    PyErr_Restore(typ, val, tb);
    send_ex(g, none(), true, false)
}

/// `_PyGen_Finalize`: closes a generator dropped while suspended.
unsafe extern "C" fn gen_finalize(obj: *mut PyObject) {
    let g = as_gen(obj);
    if finished(g) {
        return;
    }
    let (mut t, mut v, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
    PyErr_Fetch(&mut t, &mut v, &mut tb);
    if (*g).kind == KIND_ASYNC_GENERATOR && asyncgen::call_finalizer(g) {
        PyErr_Restore(t, v, tb);
        return;
    }
    if (*g).kind == KIND_COROUTINE && (*g).state.resume == 0 {
        warn_unawaited(obj);
        mark_finished(g);
        PyErr_Restore(t, v, tb);
        return;
    }
    let r = gen_close(obj, ptr::null_mut());
    if r.is_null() {
        if !PyErr_Occurred().is_null() {
            PyErr_WriteUnraisable(obj);
        }
    } else {
        Py_DECREF(r);
    }
    PyErr_Restore(t, v, tb);
}

unsafe extern "C" fn gen_dealloc(obj: *mut PyObject) {
    let g = as_gen(obj);
    PyObject_GC_UnTrack(obj.cast());
    if !(*g).weakreflist.is_null() {
        PyObject_ClearWeakRefs(obj);
    }
    PyObject_GC_Track(obj.cast());
    if PyObject_CallFinalizerFromDealloc(obj) != 0 {
        return; // resurrected
    }
    PyObject_GC_UnTrack(obj.cast());
    clear_slot(&raw mut (*g).ag.finalizer);
    if !finished(g) {
        // Still suspended (it ignored GeneratorExit): release the variables and the saved
        // values holding references.
        let s = slots(g);
        for i in 0..owned_slot_count(g) {
            clear_slot(s.add(i));
        }
        mark_finished(g);
    }
    clear_slot(&raw mut (*g).func);
    clear_slot(&raw mut (*g).name);
    clear_slot(&raw mut (*g).qualname);
    PyObject_GC_Del(obj.cast());
}

/// How many slots hold references the generator owns: the variables, and while suspended the
/// saved values holding references (while the body runs, those are in its registers).
unsafe fn owned_slot_count(g: *mut HeronGenerator) -> usize {
    let saved = if (*g).state.resume > 0 && !(*g).running {
        (*g).nowned
    } else {
        0
    };
    ((*g).nvars + saved) as usize
}

unsafe extern "C" fn gen_traverse(obj: *mut PyObject, visit: visitproc, arg: *mut c_void) -> c_int {
    let g = as_gen(obj);
    let visit_one = |o: *mut PyObject| -> c_int { if o.is_null() { 0 } else { visit(o, arg) } };
    for o in [
        (*g).func,
        (*g).name,
        (*g).qualname,
        (*g).state.yieldfrom,
        (*g).exc_state.exc_value,
        (*g).frame.frame_obj,
        (*g).ag.finalizer,
    ] {
        let r = visit_one(o);
        if r != 0 {
            return r;
        }
    }
    for i in 0..(*g).nargs as usize {
        let r = visit_one(*(*g).args.add(i));
        if r != 0 {
            return r;
        }
    }
    if !finished(g) {
        let s = slots(g);
        for i in 0..owned_slot_count(g) {
            let r = visit_one(*s.add(i));
            if r != 0 {
                return r;
            }
        }
    }
    0
}

unsafe extern "C" fn gen_repr(obj: *mut PyObject) -> *mut PyObject {
    let format = match (*as_gen(obj)).kind {
        KIND_COROUTINE => c"<coroutine object %S at %p>",
        KIND_ASYNC_GENERATOR => c"<async_generator object %S at %p>",
        _ => c"<generator object %S at %p>",
    };
    PyUnicode_FromFormat(
        format.as_ptr(),
        (*as_gen(obj)).qualname,
        obj as *const c_void,
    )
}

/// The "coroutine ... was never awaited" `RuntimeWarning`, as CPython's
/// `_PyErr_WarnUnawaitedCoroutine` gives it: through `warnings._warn_unawaited_coroutine`
/// (importing `warnings` only while the interpreter is not shutting down), falling back to a
/// plain warning when that module is out of reach.
unsafe fn warn_unawaited(coro: *mut PyObject) {
    let warnings = if crate::ffi_ext::_Py_IsFinalizing() == 0 {
        let m = PyImport_ImportModule(c"warnings".as_ptr());
        if m.is_null() && PyErr_ExceptionMatches(PyExc_ImportError) != 0 {
            PyErr_Clear();
        }
        m
    } else {
        PyImport_GetModule(crate::interned!("warnings"))
    };
    let mut warned = false;
    if !warnings.is_null() {
        let mut hook = ptr::null_mut();
        lookup_attr(
            warnings,
            crate::interned!("_warn_unawaited_coroutine"),
            &mut hook,
        );
        Py_DECREF(warnings);
        if !hook.is_null() {
            let r = PyObject_CallOneArg(hook, coro);
            Py_DECREF(hook);
            warned = !r.is_null() || PyErr_ExceptionMatches(PyExc_RuntimeWarning) != 0;
            xdecref(r);
        }
    }
    if !PyErr_Occurred().is_null() {
        PyErr_WriteUnraisable(coro);
    }
    if !warned
        && PyErr_WarnFormat(
            PyExc_RuntimeWarning,
            1,
            c"coroutine '%S' was never awaited".as_ptr(),
            (*as_gen(coro)).qualname,
        ) < 0
    {
        PyErr_WriteUnraisable(coro);
    }
}

/// `coroutine.__await__()`: a `coroutine_wrapper` iterating the coroutine.
unsafe extern "C" fn coro_await(obj: *mut PyObject) -> *mut PyObject {
    let w = PyType_GenericAlloc(&raw mut WRAPPER_TYPE, 0) as *mut CoroWrapper;
    if w.is_null() {
        return ptr::null_mut();
    }
    (*w).coro = new_ref(obj);
    w.cast()
}

unsafe fn wrapped(obj: *mut PyObject) -> *mut PyObject {
    (*(obj as *mut CoroWrapper)).coro
}

unsafe extern "C" fn wrapper_dealloc(obj: *mut PyObject) {
    PyObject_GC_UnTrack(obj.cast());
    clear_slot(&raw mut (*(obj as *mut CoroWrapper)).coro);
    PyObject_GC_Del(obj.cast());
}

unsafe extern "C" fn wrapper_traverse(
    obj: *mut PyObject,
    visit: visitproc,
    arg: *mut c_void,
) -> c_int {
    let c = wrapped(obj);
    if c.is_null() { 0 } else { visit(c, arg) }
}

unsafe extern "C" fn wrapper_iternext(obj: *mut PyObject) -> *mut PyObject {
    send_ex(as_gen(wrapped(obj)), ptr::null_mut(), false, false)
}

unsafe extern "C" fn wrapper_am_send(
    obj: *mut PyObject,
    arg: *mut PyObject,
    result: *mut *mut PyObject,
) -> PySendResult {
    send_ex2(as_gen(wrapped(obj)), arg, false, false, &mut *result)
}

unsafe extern "C" fn wrapper_send(obj: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    gen_send(wrapped(obj), arg)
}

unsafe extern "C" fn wrapper_throw(
    obj: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject {
    gen_throw(wrapped(obj), args, nargs)
}

unsafe extern "C" fn wrapper_close(obj: *mut PyObject, _: *mut PyObject) -> *mut PyObject {
    gen_close(wrapped(obj), ptr::null_mut())
}

// ---- attributes --------------------------------------------------------------------------

unsafe extern "C" fn get_name(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    new_ref((*as_gen(obj)).name)
}

unsafe extern "C" fn set_name(obj: *mut PyObject, value: *mut PyObject, _: *mut c_void) -> c_int {
    set_str(&raw mut (*as_gen(obj)).name, value, "__name__")
}

unsafe extern "C" fn get_qualname(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    new_ref((*as_gen(obj)).qualname)
}

unsafe extern "C" fn set_qualname(
    obj: *mut PyObject,
    value: *mut PyObject,
    _: *mut c_void,
) -> c_int {
    set_str(&raw mut (*as_gen(obj)).qualname, value, "__qualname__")
}

unsafe fn set_str(slot: *mut *mut PyObject, value: *mut PyObject, what: &str) -> c_int {
    if value.is_null() || PyUnicode_Check(value) == 0 {
        type_error(&format!("{what} must be set to a string object"));
        return -1;
    }
    crate::util::replace_slot(slot, new_ref(value));
    0
}

unsafe extern "C" fn get_running(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    crate::util::py_bool((*as_gen(obj)).running)
}

unsafe extern "C" fn get_suspended(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    let g = as_gen(obj);
    crate::util::py_bool(!(*g).running && (*g).state.resume > 0)
}

unsafe extern "C" fn get_yieldfrom(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    let yf = delegate(as_gen(obj));
    new_ref(if yf.is_null() { none() } else { yf })
}

unsafe extern "C" fn get_frame(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    let g = as_gen(obj);
    if finished(g) {
        return new_ref(none());
    }
    crate::frames::frame_object(&raw mut (*g).frame)
}

unsafe extern "C" fn get_code(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    PyObject_GetAttrString((*as_gen(obj)).func, c"__code__".as_ptr())
}

unsafe extern "C" fn get_class(obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    let tp: *mut PyTypeObject = match (*as_gen(obj)).kind {
        KIND_COROUTINE => &raw mut PyCoro_Type,
        KIND_ASYNC_GENERATOR => &raw mut PyAsyncGen_Type,
        _ => &raw mut PyGen_Type,
    };
    new_ref(tp.cast())
}

unsafe extern "C" fn get_origin(_obj: *mut PyObject, _: *mut c_void) -> *mut PyObject {
    new_ref(none())
}

static mut GETSET: [PyGetSetDef; 9] = [
    getset(c"__class__", Some(get_class), None),
    getset(c"__name__", Some(get_name), Some(set_name)),
    getset(c"__qualname__", Some(get_qualname), Some(set_qualname)),
    getset(c"gi_running", Some(get_running), None),
    getset(c"gi_suspended", Some(get_suspended), None),
    getset(c"gi_yieldfrom", Some(get_yieldfrom), None),
    getset(c"gi_frame", Some(get_frame), None),
    getset(c"gi_code", Some(get_code), None),
    GETSET_END,
];

static mut CORO_GETSET: [PyGetSetDef; 10] = [
    getset(c"__class__", Some(get_class), None),
    getset(c"__name__", Some(get_name), Some(set_name)),
    getset(c"__qualname__", Some(get_qualname), Some(set_qualname)),
    getset(c"cr_running", Some(get_running), None),
    getset(c"cr_suspended", Some(get_suspended), None),
    getset(c"cr_await", Some(get_yieldfrom), None),
    getset(c"cr_frame", Some(get_frame), None),
    getset(c"cr_code", Some(get_code), None),
    getset(c"cr_origin", Some(get_origin), None),
    GETSET_END,
];

/// A method table with `send(value)`, `throw(...)` and `close()`: the protocol of generators
/// and of the awaitables wrapping them.
const fn send_throw_close(
    send: PyCFunction,
    throw: PyCFunctionFast,
    close: PyCFunction,
) -> [PyMethodDef; 4] {
    [
        method(c"send", PyMethodDefPointer { PyCFunction: send }, METH_O),
        method(
            c"throw",
            PyMethodDefPointer {
                PyCFunctionFast: throw,
            },
            METH_FASTCALL,
        ),
        method(
            c"close",
            PyMethodDefPointer { PyCFunction: close },
            METH_NOARGS,
        ),
        METHOD_END,
    ]
}

static mut WRAPPER_METHODS: [PyMethodDef; 4] =
    send_throw_close(wrapper_send, wrapper_throw, wrapper_close);

static mut METHODS: [PyMethodDef; 4] = send_throw_close(gen_send, gen_throw, gen_close);

// ---- helpers called by generated code ----------------------------------------------------

/// `GET_YIELD_FROM_ITER`: a generator is its own delegate; anything else goes through
/// `iter()`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_get_yield_from_iter(value: *mut PyObject) -> *mut PyObject {
    if PyCoro_CheckExact(value) != 0 || is_coroutine(value) {
        // Allowed in a generator made a coroutine by `types.coroutine` (its function's code
        // has `CO_ITERABLE_COROUTINE`): the running frame's function tells.
        let frame = crate::frames::current_frame();
        let func = if frame.is_null() {
            ptr::null_mut()
        } else {
            (*frame).f_func
        };
        if func.is_null() || !has_iterable_coroutine_flag(func, c"__code__") {
            return type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            );
        }
        return new_ref(value);
    }
    if is_generator(value) || PyGen_CheckExact(value) != 0 {
        return new_ref(value);
    }
    PyObject_GetIter(value)
}

/// The first step of `yield from it` (see `heron_ir::abi`): sends `None` to the delegate
/// `it` (a reference this call takes over). If it yielded, stores it as the generator's
/// delegate and returns the yielded value; if it returned, returns its return value. `NULL`
/// with an exception set on error.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_yield_from(
    state: *mut GenState,
    it: *mut PyObject,
) -> *mut PyObject {
    let mut r = ptr::null_mut();
    let status = PyIter_Send(it, none(), &mut r);
    if let PySendResult::PYGEN_NEXT = status {
        (*state).yieldfrom = it;
    } else {
        Py_DECREF(it);
    }
    r
}

/// `GET_AWAITABLE`: the iterator `await value` delegates to (`_PyCoro_GetAwaitableIter`), with
/// CPython's errors; `context` 1 and 2 word them for the results of `__aenter__` and
/// `__aexit__`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_get_awaitable(
    value: *mut PyObject,
    context: i64,
) -> *mut PyObject {
    // (No object has a compiled coroutine's type before the types are readied.)
    if is_coroutine(value) {
        if !delegate(as_gen(value)).is_null() {
            return set_error(PyExc_RuntimeError, "coroutine is being awaited already");
        }
        return new_ref(value);
    }
    if (PyGen_CheckExact(value) != 0 || is_generator(value)) && is_iterable_coroutine(value) {
        // A generator decorated with `types.coroutine`.
        return new_ref(value);
    }
    if PyCoro_CheckExact(value) != 0 {
        let awaiting = PyObject_GetAttrString(value, c"cr_await".as_ptr());
        if awaiting.is_null() {
            return ptr::null_mut();
        }
        let busy = awaiting != none();
        Py_DECREF(awaiting);
        if busy {
            return set_error(PyExc_RuntimeError, "coroutine is being awaited already");
        }
        return new_ref(value);
    }
    let Some(getter) = async_slot(value, |am| am.am_await) else {
        let name = crate::util::type_name(value);
        return type_error(&match context {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {name}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {name}"
            ),
            _ => format!("object {name} can't be used in 'await' expression"),
        });
    };
    let res = getter(value);
    if res.is_null() {
        return res;
    }
    if PyCoro_CheckExact(res) != 0 || is_coroutine(res) {
        Py_DECREF(res);
        return type_error("__await__() returned a coroutine");
    }
    if PyIter_Check(res) == 0 {
        let msg = format!(
            "__await__() returned non-iterator of type '{}'",
            crate::util::type_name(res)
        );
        Py_DECREF(res);
        return type_error(&msg);
    }
    res
}

/// The `tp_as_async` slot `pick` of `o`'s type, if it has one.
#[inline(always)]
unsafe fn async_slot(
    o: *mut PyObject,
    pick: impl Fn(&PyAsyncMethods) -> Option<unaryfunc>,
) -> Option<unaryfunc> {
    let am = (*Py_TYPE(o)).tp_as_async;
    if am.is_null() { None } else { pick(&*am) }
}

/// `GET_AITER`: `type(value).__aiter__(value)`, checked to have `__anext__`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_get_aiter(value: *mut PyObject) -> *mut PyObject {
    let Some(getter) = async_slot(value, |am| am.am_aiter) else {
        return type_error(&format!(
            "'async for' requires an object with __aiter__ method, got {}",
            crate::util::type_name(value)
        ));
    };
    let it = getter(value);
    if it.is_null() {
        return it;
    }
    if async_slot(it, |am| am.am_anext).is_none() {
        let msg = format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            crate::util::type_name(it)
        );
        Py_DECREF(it);
        return type_error(&msg);
    }
    it
}

/// `GET_ANEXT`: the awaitable for the next item of an `async for` (`type(it).__anext__(it)`,
/// through [`heron_rt_get_awaitable`]).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_get_anext(it: *mut PyObject) -> *mut PyObject {
    let Some(getter) = async_slot(it, |am| am.am_anext) else {
        return type_error(&format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            crate::util::type_name(it)
        ));
    };
    let next = getter(it);
    if next.is_null() {
        return next;
    }
    if PyAsyncGen_CheckExact(it) != 0 || asyncgen::is_async_generator(it) {
        // `__anext__` returned an `asend` object: its own awaitable iterator.
        return next;
    }
    let awaitable = heron_rt_get_awaitable(next, 0);
    if awaitable.is_null() {
        crate::ffi_ext::_PyErr_FormatFromCause(
            PyExc_TypeError,
            c"'async for' received an invalid object from __anext__: %.100s".as_ptr(),
            (*Py_TYPE(next)).tp_name,
        );
    }
    Py_DECREF(next);
    awaitable
}

/// `END_ASYNC_FOR`'s test: if the raised exception is `StopAsyncIteration`, clears it and
/// returns 1 (the loop ends); otherwise returns 0 and leaves it raised.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_async_for_stop() -> c_int {
    if PyErr_ExceptionMatches(PyExc_StopAsyncIteration) != 0 {
        PyErr_Clear();
        return 1;
    }
    0
}

/// Continues unwinding with the exception already raised (always "fails").
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_error_pending() {}

/// Whether a generator's code has `CO_ITERABLE_COROUTINE` (`types.coroutine`).
unsafe fn is_iterable_coroutine(generator: *mut PyObject) -> bool {
    if is_generator(generator) {
        return Py_TYPE(generator) == iterable_coroutine_type();
    }
    has_iterable_coroutine_flag(generator, c"gi_code")
}

/// Whether `obj.<code_attr>` is a code object with `CO_ITERABLE_COROUTINE`.
unsafe fn has_iterable_coroutine_flag(obj: *mut PyObject, code_attr: &std::ffi::CStr) -> bool {
    const CO_ITERABLE_COROUTINE: std::ffi::c_long = 0x100;
    let code = PyObject_GetAttrString(obj, code_attr.as_ptr());
    if code.is_null() {
        PyErr_Clear();
        return false;
    }
    let flags = PyObject_GetAttrString(code, c"co_flags".as_ptr());
    Py_DECREF(code);
    if flags.is_null() {
        PyErr_Clear();
        return false;
    }
    let f = PyLong_AsLong(flags);
    Py_DECREF(flags);
    if f == -1 && !PyErr_Occurred().is_null() {
        PyErr_Clear();
        return false;
    }
    f & CO_ITERABLE_COROUTINE != 0
}
