//! The entry point of compiled programs: `main` returns `heron_rt_main(argc, argv, &info)`.
//!
//! A compiled program behaves like `python3 app.py` run with the interpreter it was compiled
//! for:
//! - the interpreter is configured with `PyConfig_InitPythonConfig`, so `PYTHON*` environment
//!   variables are honoured and the SIGINT handler is installed;
//! - `sys.argv` is exactly the program's `argv` (no option parsing);
//! - `sys.executable` is the target interpreter, which is also how the standard library and a
//!   virtual environment's `site-packages` are found;
//! - `sys.path[0]` is the directory of the executable (symlinks resolved), unless
//!   `PYTHONSAFEPATH` asks otherwise, as the script directory is for `python3 app.py`;
//! - the compiled `__main__` body runs directly in `__main__.__dict__` (no runpy or importlib
//!   frames appear in tracebacks);
//! - an uncaught exception is printed by the interpreter (`sys.excepthook`) and the exit status
//!   is 1, `SystemExit` sets the status, an uncaught `KeyboardInterrupt` ends the process by
//!   SIGINT after finalisation, and a failure to flush `stdout` at exit gives status 120.

use crate::ffi_ext::{SIGINT, raise, signal};
use crate::module::ModuleInfo;
use crate::util::none;
use pyo3_ffi::*;
use std::ffi::{c_char, c_int};
use std::ptr;

/// Runs a compiled program. `argv` is the process's `argv`; `info` its `__main__` module.
/// Returns the process exit status (or does not return, for `SystemExit` and Ctrl-C).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_main(
    argc: c_int,
    argv: *mut *mut c_char,
    info: *mut ModuleInfo,
) -> c_int {
    // `heron run` executes a cached copy of the program and names the source's directory
    // here; take it out of the environment before Python copies the environment.
    if let Some(dir) = std::env::var_os("HERON_MAIN_DIR") {
        let _ = MAIN_DIR.set(dir.into());
        // SAFETY: start-up, before Python or any other thread runs.
        std::env::remove_var("HERON_MAIN_DIR");
    }
    initialize(argc, argv, info);
    let ok = check_and_run(info);
    let mut exitcode = 0;
    let mut keyboard_interrupt = false;
    if !ok {
        if PyErr_Occurred().is_null() {
            crate::util::set_error(
                PyExc_SystemError,
                "heron: error return without exception set",
            );
        }
        keyboard_interrupt = PyErr_ExceptionMatches(PyExc_KeyboardInterrupt) != 0;
        // Prints the traceback through sys.excepthook; for SystemExit it finalizes and exits
        // with the requested status, exactly as for `python3 app.py`.
        PyErr_Print();
        exitcode = 1;
    }
    if Py_FinalizeEx() < 0 {
        exitcode = 120;
    }
    if keyboard_interrupt {
        exitcode = exit_by_sigint();
    }
    exitcode
}

/// Configures and starts the interpreter; on failure prints the reason and exits, as CPython's
/// own `main` does.
unsafe fn initialize(argc: c_int, argv: *mut *mut c_char, info: *mut ModuleInfo) {
    let mut config: PyConfig = std::mem::zeroed();
    PyConfig_InitPythonConfig(&mut config);
    config.parse_argv = 0;
    let status = PyConfig_SetBytesArgv(
        &mut config,
        argc.max(0) as Py_ssize_t,
        argv as *mut *const c_char,
    );
    exit_on_error(&mut config, status);
    let exe = if info.is_null() {
        ptr::null()
    } else {
        (*info).python_executable
    };
    if !exe.is_null() {
        let status = PyConfig_SetBytesString(&mut config, &mut config.program_name, exe);
        exit_on_error(&mut config, status);
        let status = PyConfig_SetBytesString(&mut config, &mut config.executable, exe);
        exit_on_error(&mut config, status);
    }
    let status = Py_InitializeFromConfig(&config);
    exit_on_error(&mut config, status);
    PyConfig_Clear(&mut config);
}

unsafe fn exit_on_error(config: &mut PyConfig, status: PyStatus) {
    if PyStatus_Exception(status) != 0 {
        PyConfig_Clear(config);
        Py_ExitStatusException(status);
    }
}

/// Version/ABI checks, `sys.path[0]`, `__main__`'s attributes, then the body. `false` with an
/// exception set on failure.
unsafe fn check_and_run(info: *mut ModuleInfo) -> bool {
    if !crate::module::check_compat(info) {
        return false;
    }
    if insert_program_dir() < 0 {
        return false;
    }
    let main = PyImport_AddModule(c"__main__".as_ptr());
    if main.is_null() {
        return false;
    }
    let globals = PyModule_GetDict(main);
    if globals.is_null() || setup_main_globals(globals, info) < 0 {
        return false;
    }
    crate::module::run_body(info, globals) == 0
}

/// `sys.path.insert(0, dirname(realpath(/proc/self/exe)))` unless `sys.flags.safe_path`.
unsafe fn insert_program_dir() -> c_int {
    let flags = PySys_GetObject(c"flags".as_ptr());
    if !flags.is_null() {
        let safe = PyObject_GetAttrString(flags, c"safe_path".as_ptr());
        if safe.is_null() {
            PyErr_Clear();
        } else {
            let on = PyObject_IsTrue(safe) > 0;
            Py_DECREF(safe);
            if on {
                return 0;
            }
        }
    }
    let Some(dir) = program_dir() else { return 0 };
    let path = PySys_GetObject(c"path".as_ptr());
    if path.is_null() || PyList_Check(path) == 0 {
        return 0;
    }
    let bytes = std::os::unix::ffi::OsStrExt::as_bytes(dir.as_os_str());
    let entry = PyUnicode_DecodeFSDefaultAndSize(
        bytes.as_ptr() as *const c_char,
        bytes.len() as Py_ssize_t,
    );
    if entry.is_null() {
        return -1;
    }
    let r = PyList_Insert(path, 0, entry);
    Py_DECREF(entry);
    r
}

/// The directory holding the running executable, symlinks resolved.
/// The directory `heron run` asked to use as `sys.path[0]` (see `heron_rt_main`).
static MAIN_DIR: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();

fn program_dir() -> Option<std::path::PathBuf> {
    if let Some(dir) = MAIN_DIR.get() {
        return Some(dir.clone());
    }
    let exe = std::fs::canonicalize("/proc/self/exe")
        .or_else(|_| std::env::current_exe())
        .ok()?;
    exe.parent().map(|p| p.to_path_buf())
}

/// Gives `__main__` the attributes a script run has: `__file__`, `__cached__`, a source loader,
/// `__builtins__`.
unsafe fn setup_main_globals(globals: *mut PyObject, info: *mut ModuleInfo) -> c_int {
    let source = if info.is_null() || (*info).source_path.is_null() {
        c"".as_ptr()
    } else {
        (*info).source_path
    };
    let file = PyUnicode_DecodeFSDefault(source);
    if file.is_null() {
        return -1;
    }
    let mut r = PyDict_SetItemString(globals, c"__file__".as_ptr(), file);
    if r == 0 {
        r = PyDict_SetItemString(globals, c"__cached__".as_ptr(), none());
    }
    if r == 0 {
        set_source_loader(globals, file);
    }
    Py_DECREF(file);
    if r < 0 {
        return -1;
    }
    if PyDict_GetItemString(globals, c"__builtins__".as_ptr()).is_null() {
        let builtins = PyImport_ImportModule(c"builtins".as_ptr());
        if builtins.is_null() {
            return -1;
        }
        r = PyDict_SetItemString(globals, c"__builtins__".as_ptr(), builtins);
        Py_DECREF(builtins);
    }
    r
}

/// `__main__.__loader__ = SourceFileLoader('__main__', file)`, as for a script; best effort
/// (on failure the interpreter's default loader stays).
unsafe fn set_source_loader(globals: *mut PyObject, file: *mut PyObject) {
    let bootstrap = PyImport_ImportModule(c"_frozen_importlib_external".as_ptr());
    if bootstrap.is_null() {
        PyErr_Clear();
        return;
    }
    let cls = PyObject_GetAttrString(bootstrap, c"SourceFileLoader".as_ptr());
    Py_DECREF(bootstrap);
    if cls.is_null() {
        PyErr_Clear();
        return;
    }
    let name = PyUnicode_FromString(c"__main__".as_ptr());
    let loader = if name.is_null() {
        ptr::null_mut()
    } else {
        let args = [name, file];
        let l = PyObject_Vectorcall(cls, args.as_ptr(), 2, ptr::null_mut());
        Py_DECREF(name);
        l
    };
    Py_DECREF(cls);
    if loader.is_null() || PyDict_SetItemString(globals, c"__loader__".as_ptr(), loader) < 0 {
        PyErr_Clear();
    }
    crate::util::xdecref(loader);
}

/// Ends the process with SIGINT (default action), so the parent sees "killed by Ctrl-C" (status
/// 130 in a shell), as CPython does for an uncaught `KeyboardInterrupt`. Returns the status to
/// use if the signal does not end the process.
unsafe fn exit_by_sigint() -> c_int {
    // SIG_DFL is 0; SIG_ERR is -1.
    if signal(SIGINT, 0) == usize::MAX {
        return 128 + SIGINT;
    }
    raise(SIGINT);
    128 + SIGINT
}
