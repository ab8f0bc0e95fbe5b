//! Traceback entries for compiled frames.
//!
//! When an exception arrives in a compiled function (raised there or propagated from a call),
//! generated code calls [`heron_rt_traceback_here`], which points the function's (real) frame
//! at the line and adds the entry CPython would have added for it. Should no compiled frame be current, it falls back to a frame
//! object built from an empty code object carrying the file, function name and line.
//! Tracebacks printed by CPython (and the `traceback` module) then show
//! `File "...", line N, in name` for compiled code, and nothing from the runtime itself.

use pyo3_ffi::*;
use std::ffi::{CString, c_int};
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

/// Fallback globals for frames when none are given.
static EMPTY_GLOBALS: AtomicPtr<PyObject> = AtomicPtr::new(ptr::null_mut());

unsafe fn cached_dict(cell: &AtomicPtr<PyObject>) -> *mut PyObject {
    let d = cell.load(Ordering::Relaxed);
    if !d.is_null() {
        return d;
    }
    let d = PyDict_New();
    if !d.is_null() {
        cell.store(d, Ordering::Relaxed);
    }
    d
}

fn c_text(s: String) -> CString {
    CString::new(s.replace('\0', "?")).unwrap_or_default()
}

/// Code objects by `(filename, name, line)`, with `filename` and `name` by address.
static CODE_CACHE: crate::util::ObjectCache<(usize, usize, c_int)> =
    crate::util::ObjectCache::new();

/// A code object for `(filename, name, line)`: new reference, or `NULL` with an exception.
unsafe fn code_for(filename: *mut PyObject, name: *mut PyObject, line: c_int) -> *mut PyObject {
    let key = (filename as usize, name as usize, line);
    let cached = CODE_CACHE.get(key);
    if !cached.is_null() {
        return cached;
    }
    let file_c = c_text(crate::util::str_lossy(filename));
    let name_c = c_text(crate::util::str_lossy(name));
    let code = PyCode_NewEmpty(file_c.as_ptr(), name_c.as_ptr(), line) as *mut PyObject;
    if code.is_null() {
        return ptr::null_mut();
    }
    CODE_CACHE.insert(key, code, &[filename, name])
}

/// Adds a traceback entry `File "<filename>", line <line>, in <name>` to the exception being
/// raised, as CPython does when an exception arrives in a frame. `globals` is the frame's
/// module namespace (used for `f_globals`, e.g. by warnings and NameError suggestions). Does
/// nothing if no exception is set; never fails (an internal failure keeps the original
/// exception without the entry).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_traceback_here(
    globals: *mut PyObject,
    filename: *mut PyObject,
    name: *mut PyObject,
    line: i64,
) {
    if PyErr_Occurred().is_null() {
        return;
    }
    // The compiled function's own frame is the current one (its callees have returned): point
    // it at `line` and add the entry for the real frame, as the interpreter does, so `tb_frame`
    // is the live frame (`f_back`, `f_lineno`, identity with `sys._getframe()`).
    let current = crate::frames::current_frame();
    if !current.is_null() && crate::frames::is_compiled(current) && (*current).f_globals == globals
    {
        crate::frames::set_line(current, line);
        let frame = PyEval_GetFrame();
        if !frame.is_null() {
            PyTraceBack_Here(frame);
            return;
        }
    }
    let (mut t, mut v, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
    PyErr_Fetch(&mut t, &mut v, &mut tb);
    if t.is_null() {
        return;
    }
    let line = line.clamp(0, c_int::MAX as i64) as c_int;
    let mut frame = ptr::null_mut();
    let filename_ok = !filename.is_null() && PyUnicode_Check(filename) != 0;
    let name_ok = !name.is_null() && PyUnicode_Check(name) != 0;
    if filename_ok && name_ok {
        let code = code_for(filename, name, line);
        let globals = if !globals.is_null() && PyDict_Check(globals) != 0 {
            globals
        } else {
            cached_dict(&EMPTY_GLOBALS)
        };
        if !code.is_null() && !globals.is_null() {
            frame = PyFrame_New(PyThreadState_Get(), code.cast(), globals, ptr::null_mut());
        }
        crate::util::xdecref(code);
    }
    // Drop any error from building the entry; the original exception wins.
    PyErr_Clear();
    PyErr_Restore(t, v, tb);
    if !frame.is_null() {
        if PyTraceBack_Here(frame) < 0 {
            // PyTraceBack_Here leaves the original exception in place on failure.
        }
        Py_DECREF(frame.cast());
    }
}
