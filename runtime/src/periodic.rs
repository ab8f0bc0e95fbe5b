//! Loop back-edge servicing: signals and the GIL.
//!
//! The interpreter's eval loop checks for pending signals and GIL drop requests between
//! bytecodes. A native loop would otherwise never see Ctrl-C and never let other threads run,
//! so generated code calls [`heron_rt_periodic`] on every loop back-edge. It is a counter
//! decrement on the fast path; every [`CHECK_EVERY`] calls it runs pending signal handlers and
//! pending calls, and, when the interpreter has other threads, gives them the GIL if they asked.
//!
//! Handing the GIL over is subtle: simply releasing and re-taking it does not work, because
//! CPython's waiting thread only asks for the GIL when no switch happened during its whole wait
//! (`switch_number`), and a release/re-take counts as a switch, so the waiter would starve. The
//! interpreter's own check is reached by calling a trivial pure-Python function (importlib's
//! `_relax_case`, present in every supported version): its `RESUME` consults the eval breaker,
//! which performs CPython's forced switch exactly when a thread requested the GIL, and also
//! delivers asynchronous exceptions (`PyThreadState_SetAsyncExc`). Should that function be
//! missing, the runtime falls back to releasing the GIL for a moment once per switch interval
//! (`sys.getswitchinterval()`).

use pyo3_ffi::*;
use std::ffi::c_int;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicPtr, AtomicU64, Ordering};
use std::time::Instant;

/// Back-edges between two checks.
pub const CHECK_EVERY: i32 = 512;

/// Calls left until the next check. Only the thread holding the GIL touches it, so relaxed
/// loads and stores suffice (a lost update only shifts the next check slightly).
static COUNTDOWN: AtomicI32 = AtomicI32::new(CHECK_EVERY);
/// Nanoseconds since [`epoch`] at which the GIL was last yielded.
static LAST_SWITCH_NS: AtomicU64 = AtomicU64::new(0);
/// The switch interval in nanoseconds, refreshed from `sys.getswitchinterval()` from time to time.
static INTERVAL_NS: AtomicU64 = AtomicU64::new(5_000_000);
/// Checks left until the switch interval is read again.
static INTERVAL_REFRESH: AtomicI32 = AtomicI32::new(0);

fn epoch() -> Instant {
    static EPOCH: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *EPOCH.get_or_init(Instant::now)
}

fn now_ns() -> u64 {
    epoch().elapsed().as_nanos() as u64
}

/// Reads `sys.getswitchinterval()` (seconds) into [`INTERVAL_NS`]; keeps the old value on any
/// failure.
unsafe fn refresh_interval() {
    let getter = PySys_GetObject(c"getswitchinterval".as_ptr());
    if getter.is_null() {
        return;
    }
    let v = PyObject_CallNoArgs(getter);
    if v.is_null() {
        PyErr_Clear();
        return;
    }
    let secs = PyFloat_AsDouble(v);
    Py_DECREF(v);
    if secs == -1.0 && !PyErr_Occurred().is_null() {
        PyErr_Clear();
        return;
    }
    if secs.is_finite() && secs > 0.0 {
        INTERVAL_NS.store((secs * 1e9) as u64, Ordering::Relaxed);
    }
}

/// Called on every loop back-edge. Returns 0, or -1 if a signal handler raised (for example
/// `KeyboardInterrupt`) or an asynchronous exception was delivered.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_periodic() -> c_int {
    let left = COUNTDOWN.load(Ordering::Relaxed) - 1;
    if left > 0 {
        COUNTDOWN.store(left, Ordering::Relaxed);
        return 0;
    }
    COUNTDOWN.store(CHECK_EVERY, Ordering::Relaxed);
    service()
}

/// Whether the interpreter has thread states other than the current one.
unsafe fn other_threads_exist() -> bool {
    let me = PyThreadState_Get();
    let head = PyInterpreterState_ThreadHead(PyThreadState_GetInterpreter(me));
    head != me || !PyThreadState_Next(head).is_null()
}

/// The trivial Python function whose call runs the eval breaker (a strong reference kept for the
/// process), or `NULL` if unavailable; looked up once.
static BREAKER_FN: AtomicPtr<PyObject> = AtomicPtr::new(std::ptr::null_mut());
static BREAKER_LOOKED_UP: AtomicBool = AtomicBool::new(false);

unsafe fn breaker_fn() -> *mut PyObject {
    if BREAKER_LOOKED_UP.load(Ordering::Relaxed) {
        return BREAKER_FN.load(Ordering::Relaxed);
    }
    BREAKER_LOOKED_UP.store(true, Ordering::Relaxed);
    let module = PyImport_ImportModule(c"_frozen_importlib_external".as_ptr());
    if module.is_null() {
        PyErr_Clear();
        return std::ptr::null_mut();
    }
    let f = PyObject_GetAttrString(module, c"_relax_case".as_ptr());
    Py_DECREF(module);
    if f.is_null() {
        PyErr_Clear();
        return std::ptr::null_mut();
    }
    // Only a plain Python function reaches the eval loop.
    if PyFunction_Check(f) == 0 {
        Py_DECREF(f);
        return std::ptr::null_mut();
    }
    BREAKER_FN.store(f, Ordering::Relaxed);
    f
}

#[cold]
unsafe fn service() -> c_int {
    // Signal handlers (main thread only) and calls scheduled with Py_AddPendingCall.
    if Py_MakePendingCalls() < 0 {
        return -1;
    }
    if !other_threads_exist() {
        return 0;
    }
    let f = breaker_fn();
    if !f.is_null() {
        let r = PyObject_CallNoArgs(f);
        if r.is_null() {
            return -1;
        }
        Py_DECREF(r);
        return 0;
    }
    fallback_switch();
    0
}

/// Without the breaker function: once per switch interval, release the GIL briefly so that a
/// waiting thread (woken by the release) can take it.
unsafe fn fallback_switch() {
    let refresh = INTERVAL_REFRESH.load(Ordering::Relaxed) - 1;
    if refresh <= 0 {
        INTERVAL_REFRESH.store(256, Ordering::Relaxed);
        refresh_interval();
    } else {
        INTERVAL_REFRESH.store(refresh, Ordering::Relaxed);
    }
    let now = now_ns();
    let last = LAST_SWITCH_NS.load(Ordering::Relaxed);
    if now.saturating_sub(last) >= INTERVAL_NS.load(Ordering::Relaxed) {
        let state = PyEval_SaveThread();
        std::thread::sleep(std::time::Duration::from_micros(50));
        PyEval_RestoreThread(state);
        LAST_SWITCH_NS.store(now_ns(), Ordering::Relaxed);
    }
}
