//! Interpreter frames for compiled code.
//!
//! Every running compiled function and module body links a real CPython frame
//! (`_PyInterpreterFrame`) into the thread state's frame chain, exactly where the interpreter
//! would have linked its own. Everything that looks at the caller's frame therefore sees
//! compiled callers as it sees interpreted ones: `sys._getframe()`, `inspect.stack()`,
//! `warnings.warn` (file, line and the caller's globals for `__warningregistry__`), `logging`'s
//! caller information, the `namedtuple`/`Enum`/`TypeVar` functional forms that read
//! `sys._getframe(1).f_globals['__name__']`, and C code calling `PyEval_GetGlobals()`.
//!
//! - The frame lives on the C stack of the call (see [`FrameGuard`]); pushing and popping it
//!   costs a handful of stores.
//! - Its code object (the *frame code*, built once per function by [`make_frame_code`]) has no
//!   local variables and one instruction per source line of the function: `RESUME` then
//!   `NOP`s, with a line table mapping instruction `k` to line `co_firstlineno + k`. Generated
//!   code keeps `prev_instr` pointing at the instruction of the line it is executing (it
//!   stores `base + 2 * (line - first_line)` before each operation that may run Python code),
//!   so `f_lineno` is right.
//! - If Python code created a frame object for the frame while it ran, the frame's data is
//!   copied into that object when the call returns (what CPython's `take_ownership` does), so
//!   the object stays valid.
//!
//! The layout constants below are CPython 3.11's (checked against its internal headers); they
//! are the only version-specific part of this module.

use pyo3_ffi::*;
use std::ffi::{CStr, c_int};
use std::ptr;

/// CPython 3.11 layout facts.
mod layout {
    /// `offsetof(PyThreadState, cframe)`.
    pub(super) const TSTATE_CFRAME: usize = 56;
    /// `offsetof(PyThreadState, recursion_remaining)`.
    pub(super) const TSTATE_RECURSION_REMAINING: usize = 32;
    /// `offsetof(PyThreadState, tracing)`.
    pub(super) const TSTATE_TRACING: usize = 44;
    /// `offsetof(PyThreadState, c_profilefunc)`; `c_tracefunc`, `c_profileobj` and
    /// `c_traceobj` follow at +8, +16, +24.
    pub(super) const TSTATE_C_PROFILEFUNC: usize = 64;
    /// `offsetof(_PyCFrame, use_tracing)`.
    pub(super) const CFRAME_USE_TRACING: usize = 0;
    /// `offsetof(_PyCFrame, current_frame)`.
    pub(super) const CFRAME_CURRENT_FRAME: usize = 8;
    /// `offsetof(PyCodeObject, co_firstlineno)`.
    pub(super) const CODE_FIRSTLINENO: usize = 72;
    /// `offsetof(PyCodeObject, co_code_adaptive)`: `_PyCode_CODE(co)`.
    pub(super) const CODE_ADAPTIVE: usize = 184;
    /// `offsetof(PyFrameObject, f_back)`.
    pub(super) const FRAMEOBJ_BACK: usize = 16;
    /// `offsetof(PyFrameObject, f_frame)`.
    pub(super) const FRAMEOBJ_FRAME: usize = 24;
    /// `offsetof(PyFrameObject, _f_frame_data)`.
    pub(super) const FRAMEOBJ_DATA: usize = 48;
    /// `FRAME_OWNED_BY_THREAD`.
    pub(super) const OWNED_BY_THREAD: i8 = 0;
    /// `FRAME_OWNED_BY_FRAME_OBJECT`.
    pub(super) const OWNED_BY_FRAME_OBJECT: i8 = 2;
    /// The `RESUME` opcode.
    pub(super) const RESUME: u8 = 151;
    /// The `NOP` opcode.
    pub(super) const NOP: u8 = 9;
    /// `PY_CODE_LOCATION_INFO_NO_COLUMNS`, the line-table entry kind used.
    pub(super) const LOCATION_NO_COLUMNS: u8 = 13;
}

/// `_PyInterpreterFrame` without `localsplus` (frame codes have no locals and no stack, so
/// `stacktop` is always 0 and nothing lives past the specials).
#[repr(C)]
pub struct Frame {
    /// `f_func` (borrowed here, but the call holds a reference for its duration; strong once
    /// copied into a frame object). `NULL` for modules.
    pub f_func: *mut PyObject,
    /// `f_globals` (borrowed).
    pub f_globals: *mut PyObject,
    /// `f_builtins` (borrowed).
    pub f_builtins: *mut PyObject,
    /// `f_locals` (strong, normally `NULL`).
    pub f_locals: *mut PyObject,
    /// `f_code`: the frame code (borrowed here; strong once copied into a frame object).
    pub f_code: *mut PyObject,
    /// `frame_obj` (strong, normally `NULL`).
    pub frame_obj: *mut PyObject,
    /// `previous`.
    pub previous: *mut Frame,
    /// `prev_instr`: the instruction of the current line (maintained by generated code).
    pub prev_instr: *mut u16,
    /// `stacktop` (always 0).
    pub stacktop: c_int,
    /// `is_entry` (always false: the interpreter never returns through this frame).
    pub is_entry: bool,
    /// `owner`.
    pub owner: i8,
}

/// Byte offset of `prev_instr` in [`Frame`], used by generated code.
pub const PREV_INSTR_OFFSET: usize = std::mem::offset_of!(Frame, prev_instr);

unsafe extern "C" {
    fn PyFrame_GetBack(frame: *mut PyObject) -> *mut PyObject;
}

unsafe extern "C" {
    fn PyThreadState_EnterTracing(tstate: *mut PyThreadState);
    fn PyThreadState_LeaveTracing(tstate: *mut PyThreadState);
    fn _Py_CheckRecursiveCall(tstate: *mut PyThreadState, where_: *const std::ffi::c_char)
    -> c_int;
}

/// The thread state's `cframe->current_frame` slot.
#[inline(always)]
pub(crate) unsafe fn current_frame_slot(tstate: *mut PyThreadState) -> *mut *mut Frame {
    let cframe = *((tstate as *mut u8).add(layout::TSTATE_CFRAME) as *mut *mut u8);
    cframe.add(layout::CFRAME_CURRENT_FRAME) as *mut *mut Frame
}

/// The frame of the innermost running Python function, compiled or interpreted (`NULL` if
/// none).
pub unsafe fn current_frame() -> *mut Frame {
    *current_frame_slot(PyThreadState_Get())
}

/// `Py_tracefunc`.
type TraceFunc = unsafe extern "C" fn(*mut PyObject, *mut PyObject, c_int, *mut PyObject) -> c_int;

/// Whether `sys.settrace` or `sys.setprofile` is active (`tstate->cframe->use_tracing`).
#[inline(always)]
pub unsafe fn tracing_active(tstate: *mut PyThreadState) -> bool {
    let cframe = *((tstate as *mut u8).add(layout::TSTATE_CFRAME) as *mut *mut u8);
    *cframe.add(layout::CFRAME_USE_TRACING) != 0
}

/// Sends a `call` (`what` = `PyTrace_CALL`) or `return` event for the current compiled frame
/// to the profile and trace functions, as the interpreter does for its frames (compiled code
/// emits no `line` or `c_call` events). An exception being raised (a `return` by raising,
/// or a `call` of a generator an exception is thrown into) is kept aside while the callbacks
/// run, as CPython's `call_trace_protected` does, and is still set afterwards unless a
/// callback fails. 0, or -1 with an exception set.
#[cold]
pub unsafe fn trace_event(tstate: *mut PyThreadState, what: c_int, arg: *mut PyObject) -> c_int {
    let saved = save_exception();
    let r = trace_event_unprotected(tstate, what, arg);
    if r == 0 {
        restore_exception(saved);
    } else {
        saved.into_iter().for_each(|o| crate::util::xdecref(o));
    }
    r
}

unsafe fn trace_event_unprotected(
    tstate: *mut PyThreadState,
    what: c_int,
    arg: *mut PyObject,
) -> c_int {
    let ts = tstate as *mut u8;
    if *(ts.add(layout::TSTATE_TRACING) as *const c_int) != 0 {
        return 0; // inside a trace function
    }
    let frame = PyEval_GetFrame();
    if frame.is_null() {
        return 0;
    }
    let slots = ts.add(layout::TSTATE_C_PROFILEFUNC) as *mut usize;
    // (profile func, profile obj), (trace func, trace obj)
    for (func_slot, obj_slot) in [(0, 2), (1, 3)] {
        let func = *slots.add(func_slot);
        if func == 0 {
            continue;
        }
        let func: TraceFunc = std::mem::transmute(func);
        let obj = *slots.add(obj_slot) as *mut PyObject;
        // As CPython's `call_trace`: no tracing inside the callback.
        PyThreadState_EnterTracing(tstate);
        let r = func(obj, frame.cast(), what, arg);
        PyThreadState_LeaveTracing(tstate);
        if r != 0 {
            return -1;
        }
    }
    0
}

/// Points a compiled frame's `prev_instr` at `line` (clamped to the lines its frame code
/// covers).
pub unsafe fn set_line(frame: *mut Frame, line: i64) {
    let code = (*frame).f_code;
    let first = i64::from(*((code as *mut u8).add(layout::CODE_FIRSTLINENO) as *const c_int));
    let units = Py_SIZE(code) as i64; // code units (one per line)
    let index = (line - first).clamp(0, (units - 1).max(0));
    (*frame).prev_instr =
        ((code as *mut u8).add(layout::CODE_ADAPTIVE) as *mut u16).add(index as usize);
}

/// Whether `frame` was pushed by compiled code: its function is a compiled function, or it
/// has none (compiled module bodies; interpreted frames always have one in 3.11).
pub unsafe fn is_compiled(frame: *mut Frame) -> bool {
    let func = (*frame).f_func;
    func.is_null() || crate::function::is_heron_function(func)
}

/// `Py_EnterRecursiveCall` for `tstate`, inlined as CPython's own calls do it: 0, or -1 with
/// `RecursionError` set, its message ending in `context` (CPython's callers pass texts such
/// as `" while calling a Python object"`).
#[inline(always)]
pub unsafe fn enter_recursive_call(tstate: *mut PyThreadState, context: &CStr) -> c_int {
    let remaining = (tstate as *mut u8).add(layout::TSTATE_RECURSION_REMAINING) as *mut c_int;
    let before = *remaining;
    *remaining = before - 1;
    if before <= 0 && _Py_CheckRecursiveCall(tstate, context.as_ptr()) != 0 {
        return -1;
    }
    0
}

/// `Py_LeaveRecursiveCall` for `tstate`.
#[inline(always)]
pub unsafe fn leave_recursive_call(tstate: *mut PyThreadState) {
    let remaining = (tstate as *mut u8).add(layout::TSTATE_RECURSION_REMAINING) as *mut c_int;
    *remaining += 1;
}

/// A pushed frame; [`FrameGuard::pop`] unlinks it.
pub struct FrameGuard {
    slot: *mut *mut Frame,
}

impl FrameGuard {
    /// Links `frame` as `tstate`'s current frame. `code` is a frame code made by
    /// [`make_frame_code`]; `func` may be `NULL` (module bodies).
    #[inline(always)]
    pub unsafe fn push(
        tstate: *mut PyThreadState,
        frame: *mut Frame,
        func: *mut PyObject,
        globals: *mut PyObject,
        builtins: *mut PyObject,
        code: *mut PyObject,
    ) -> FrameGuard {
        let slot = current_frame_slot(tstate);
        frame.write(Frame {
            f_func: func,
            f_globals: globals,
            f_builtins: builtins,
            f_locals: ptr::null_mut(),
            f_code: code,
            frame_obj: ptr::null_mut(),
            previous: *slot,
            prev_instr: (code as *mut u8).add(layout::CODE_ADAPTIVE) as *mut u16,
            stacktop: 0,
            is_entry: false,
            owner: layout::OWNED_BY_THREAD,
        });
        *slot = frame;
        FrameGuard { slot }
    }

    /// Unlinks `frame` (the frame pushed by this guard), handing its data over to a frame
    /// object that Python code created for it, if any.
    #[inline(always)]
    pub unsafe fn pop(self, frame: *mut Frame) {
        *self.slot = (*frame).previous;
        if !(*frame).frame_obj.is_null() || !(*frame).f_locals.is_null() {
            detach(frame);
        }
    }
}

/// The first instruction of a frame code (what `prev_instr` points at before the first line).
pub unsafe fn code_start(code: *mut PyObject) -> *mut u16 {
    (code as *mut u8).add(layout::CODE_ADAPTIVE) as *mut u16
}

/// The frame object of a frame that is not running (a suspended generator's): created if
/// needed by linking the frame as the current one for a moment, as only the interpreter can
/// create frame objects for its frames. New reference.
pub unsafe fn frame_object(frame: *mut Frame) -> *mut PyObject {
    if !(*frame).frame_obj.is_null() {
        Py_INCREF((*frame).frame_obj);
        return (*frame).frame_obj;
    }
    let slot = current_frame_slot(PyThreadState_Get());
    let saved_previous = (*frame).previous;
    (*frame).previous = ptr::null_mut();
    let caller = *slot;
    *slot = frame;
    let f = PyEval_GetFrame() as *mut PyObject;
    *slot = caller;
    (*frame).previous = saved_previous;
    if f.is_null() {
        if PyErr_Occurred().is_null() {
            return crate::util::new_ref(crate::util::none());
        }
        return ptr::null_mut();
    }
    Py_INCREF(f);
    f
}

/// CPython's `take_ownership`: copies the frame into its frame object if the object outlives
/// the call (or, for a generator's frame, the generator's run).
#[cold]
pub(crate) unsafe fn detach(frame: *mut Frame) {
    let f = (*frame).frame_obj;
    (*frame).frame_obj = ptr::null_mut();
    if f.is_null() {
        xdecref((*frame).f_locals);
        return;
    }
    if Py_REFCNT(f) == 1 {
        // Only the frame held it: frame_dealloc leaves a thread-owned frame alone.
        Py_DECREF(f);
        xdecref((*frame).f_locals);
        return;
    }
    // Link `f_back` while `previous` is still meaningful (`PyFrame_GetBack` creates the
    // caller's frame object if needed).
    let exc = save_exception();
    let back_slot = (f as *mut u8).add(layout::FRAMEOBJ_BACK) as *mut *mut PyObject;
    if (*back_slot).is_null() {
        let back = PyFrame_GetBack(f);
        *back_slot = back;
    }
    PyErr_Clear();
    restore_exception(exc);
    let data = (f as *mut u8).add(layout::FRAMEOBJ_DATA) as *mut Frame;
    ptr::copy_nonoverlapping(frame, data, 1);
    (*data).owner = layout::OWNED_BY_FRAME_OBJECT;
    (*data).previous = ptr::null_mut();
    (*data).frame_obj = f;
    if !(*data).f_func.is_null() {
        Py_INCREF((*data).f_func);
    }
    Py_INCREF((*data).f_code);
    *((f as *mut u8).add(layout::FRAMEOBJ_FRAME) as *mut *mut Frame) = data;
    if PyObject_GC_IsTracked(f) == 0 {
        PyObject_GC_Track(f.cast());
    }
    Py_DECREF(f);
}

unsafe fn xdecref(o: *mut PyObject) {
    if !o.is_null() {
        Py_DECREF(o);
    }
}

/// Saves the pending exception, if any (3.11 has no `PyErr_GetRaisedException`).
unsafe fn save_exception() -> [*mut PyObject; 3] {
    let mut t = [ptr::null_mut(); 3];
    PyErr_Fetch(&mut t[0], &mut t[1], &mut t[2]);
    t
}

/// Restores an exception saved by [`save_exception`].
unsafe fn restore_exception(t: [*mut PyObject; 3]) {
    PyErr_Restore(t[0], t[1], t[2]);
}

/// Builds a frame code: a code object named `name`/`qualname` in `filename`, starting at
/// `firstlineno`, with one instruction per line up to `lastlineno`. New reference, or `NULL`
/// with an exception set.
pub unsafe fn make_frame_code(
    filename: *mut PyObject,
    name: *mut PyObject,
    qualname: *mut PyObject,
    firstlineno: Py_ssize_t,
    lastlineno: Py_ssize_t,
) -> *mut PyObject {
    let first = firstlineno.clamp(1, c_int::MAX as Py_ssize_t);
    let nlines = (lastlineno - first + 1).clamp(1, 1 << 20) as usize;
    let mut bytecode = Vec::with_capacity(2 * nlines);
    let mut table = Vec::with_capacity(2 * nlines);
    for k in 0..nlines {
        bytecode.extend_from_slice(&[if k == 0 { layout::RESUME } else { layout::NOP }, 0]);
        // One code unit, no columns, line delta 0 for the first entry and +1 after
        // (a zig-zag varint: +1 encodes as 2).
        table.push(0x80 | (layout::LOCATION_NO_COLUMNS << 3));
        table.push(if k == 0 { 0 } else { 2 });
    }
    let empty = PyCode_NewEmpty(c"".as_ptr(), c"".as_ptr(), first as c_int) as *mut PyObject;
    if empty.is_null() {
        return ptr::null_mut();
    }
    let code_bytes = PyBytes_FromStringAndSize(bytecode.as_ptr().cast(), bytecode.len() as _);
    let table_bytes = PyBytes_FromStringAndSize(table.as_ptr().cast(), table.len() as _);
    // Tolerate odd metadata (a non-`str` name) rather than failing the call.
    let text = |o: *mut PyObject| {
        if PyUnicode_Check(o) != 0 {
            o
        } else {
            ptr::null_mut()
        }
    };
    let result = if code_bytes.is_null() || table_bytes.is_null() {
        ptr::null_mut()
    } else {
        crate::util::code_replace(
            empty,
            &[
                (c"co_code", code_bytes),
                (c"co_linetable", table_bytes),
                (c"co_name", text(name)),
                (c"co_qualname", text(qualname)),
                (c"co_filename", text(filename)),
            ],
        )
    };
    xdecref(code_bytes);
    xdecref(table_bytes);
    Py_DECREF(empty);
    result
}
