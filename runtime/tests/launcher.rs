//! The program launcher, `heron_rt_main`, compared with `python3 app.py`.
//!
//! This test binary has its own `main` (`harness = false`). Run normally it is the test driver:
//! for each scenario it runs itself as a "compiled program" (environment variable
//! `HERON_LAUNCHER_SCENARIO`), runs the equivalent Python script with the real interpreter, and
//! compares exit status and output. In program mode its `main` is what codegen emits:
//! `return heron_rt_main(argc, argv, &info)`, with a hand-written module body standing in for
//! compiled code (it calls `exec` only where compiled user code would itself call it).
#![allow(unsafe_op_in_unsafe_fn, missing_docs)]

use heron_runtime::module::{MODULE_INFO_ABI_VERSION, ModuleInfo};
use heron_runtime::{exceptions, launcher, periodic, traceback, util};
use pyo3_ffi::*;
use std::ffi::{CString, c_char};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

const PYTHON: &str = env!("HERON_PYTHON_EXECUTABLE");

// ---- program mode -------------------------------------------------------------------------

static INFO: AtomicPtr<ModuleInfo> = AtomicPtr::new(ptr::null_mut());

unsafe fn konst(i: usize) -> *mut PyObject {
    *(*INFO.load(Ordering::Relaxed)).consts.add(i)
}

/// Runs `src` with the builtin `exec` in `globals` (as user code calling `exec` would).
unsafe fn exec_in(globals: *mut PyObject, src: &str) -> bool {
    let builtins = PyImport_ImportModule(c"builtins".as_ptr());
    let exec = PyObject_GetAttrString(builtins, c"exec".as_ptr());
    let code = util::str_from(src);
    let args = [code, globals];
    let r = PyObject_Vectorcall(exec, args.as_ptr(), 2, ptr::null_mut());
    for o in [code, exec, builtins] {
        util::xdecref(o);
    }
    util::xdecref(r);
    !r.is_null()
}

/// Raises `exc` (a class or instance) as compiled `raise` at `line` of `<module>` does.
unsafe fn raise_at(globals: *mut PyObject, exc: *mut PyObject, line: i64) -> *mut PyObject {
    exceptions::heron_rt_raise(exc, ptr::null_mut());
    traceback::heron_rt_traceback_here(globals, konst(0), konst(1), line);
    ptr::null_mut()
}

unsafe extern "C" fn body(
    globals: *mut PyObject,
    _frame: *mut heron_runtime::frames::Frame,
) -> *mut PyObject {
    let scenario = std::env::var("HERON_LAUNCHER_SCENARIO").unwrap_or_default();
    match scenario.as_str() {
        "ok" => util::py_none(),
        "info" => {
            let src = "import sys, json\nprint(json.dumps({'argv': sys.argv, 'executable': sys.executable, \
                       'path': sys.path, 'keys': list(globals()), 'file': __file__, \
                       'loader': type(__loader__).__name__, 'spec': repr(__spec__), \
                       'cached': repr(__cached__), 'doc': repr(__doc__), 'name': __name__, \
                       'prefix': sys.prefix, 'builtins': __builtins__ is __import__('builtins')}))\n";
            if exec_in(globals, src) {
                util::py_none()
            } else {
                ptr::null_mut()
            }
        }
        "raise" => {
            let e = PyObject_CallOneArg(PyExc_ValueError, util::str_from("boom"));
            let r = raise_at(globals, e, 2);
            Py_DECREF(e);
            r
        }
        "kbint" => raise_at(globals, PyExc_KeyboardInterrupt, 2),
        "exit3" => {
            let code = PyLong_FromLong(3);
            let e = PyObject_CallOneArg(PyExc_SystemExit, code);
            Py_DECREF(code);
            let r = raise_at(globals, e, 1);
            Py_DECREF(e);
            r
        }
        "exitmsg" => {
            let e = PyObject_CallOneArg(PyExc_SystemExit, util::str_from("bye"));
            let r = raise_at(globals, e, 1);
            Py_DECREF(e);
            r
        }
        "sigint" => {
            // A real Ctrl-C arriving while a native loop runs: only the back-edge hook sees it.
            heron_runtime::ffi_ext::raise(heron_runtime::ffi_ext::SIGINT);
            for _ in 0..100_000_000u64 {
                if periodic::heron_rt_periodic() < 0 {
                    traceback::heron_rt_traceback_here(globals, konst(0), konst(1), 3);
                    return ptr::null_mut();
                }
            }
            util::set_error(PyExc_AssertionError, "the signal was never serviced")
        }
        "flush" => {
            if exec_in(
                globals,
                "import sys, time\ntime.sleep(0.5)\nsys.stdout.write('x')\n",
            ) {
                util::py_none()
            } else {
                ptr::null_mut()
            }
        }
        other => util::set_error(PyExc_AssertionError, &format!("unknown scenario {other}")),
    }
}

fn program_main() -> ! {
    let source = std::env::var("HERON_LAUNCHER_SOURCE").unwrap_or_default();
    let mut blob = Vec::new();
    for s in [source.as_str(), "<module>"] {
        blob.push(b's');
        blob.extend_from_slice(&(s.len() as u32).to_le_bytes());
        blob.extend_from_slice(s.as_bytes());
    }
    let blob = Box::leak(blob.into_boxed_slice());
    let consts = Box::leak(vec![ptr::null_mut::<PyObject>(); 2].into_boxed_slice());
    let abi = if std::env::var("HERON_LAUNCHER_SCENARIO").as_deref() == Ok("badabi") {
        999
    } else {
        MODULE_INFO_ABI_VERSION
    };
    let info = Box::into_raw(Box::new(ModuleInfo {
        abi_version: abi,
        name: c"__main__".as_ptr(),
        const_blob: blob.as_ptr(),
        const_blob_len: blob.len() as u64,
        consts: consts.as_mut_ptr(),
        nconsts: 2,
        body: Some(body),
        source_path: CString::new(source).unwrap_or_default().into_raw(),
        python_executable: CString::new(PYTHON).unwrap_or_default().into_raw(),
        filename_const: 0,
        nlines: 100,
    }));
    INFO.store(info, Ordering::Relaxed);
    let args: Vec<CString> = std::env::args_os()
        .map(|a| {
            CString::new(std::os::unix::ffi::OsStrExt::as_bytes(a.as_os_str())).unwrap_or_default()
        })
        .collect();
    let mut argv: Vec<*mut c_char> = args.iter().map(|a| a.as_ptr() as *mut c_char).collect();
    argv.push(ptr::null_mut());
    let rc = unsafe { launcher::heron_rt_main(args.len() as i32, argv.as_mut_ptr(), info) };
    std::process::exit(rc)
}

// ---- driver mode --------------------------------------------------------------------------

struct Case<'a> {
    scenario: &'a str,
    script: &'a str,
    env: &'a [(&'a str, &'a str)],
    close_stdout: bool,
}

unsafe extern "C" {
    fn signal(signum: i32, handler: usize) -> usize;
}

fn run(mut cmd: Command, case: &Case<'_>) -> Output {
    for (k, v) in case.env {
        if v.is_empty() {
            cmd.env_remove(k);
        } else {
            cmd.env(k, v);
        }
    }
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // A shell starts background jobs with SIGINT ignored, and then neither CPython nor the
    // launcher installs a KeyboardInterrupt handler: give the children the default.
    // SAFETY: only the async-signal-safe `signal` runs between fork and exec.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut cmd, || {
            signal(2, 0);
            Ok(())
        })
    };
    let mut child = cmd.spawn().expect("spawn");
    if case.close_stdout {
        drop(child.stdout.take());
    }
    child.wait_with_output().expect("wait")
}

fn write_script(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write script");
    p
}

/// Runs a scenario as a compiled program and the script under CPython.
fn both(dir: &Path, case: &Case<'_>) -> (Output, Output, PathBuf) {
    let script = write_script(dir, &format!("{}.py", case.scenario), case.script);
    let exe = std::env::current_exe().expect("current_exe");
    let mut program = Command::new(&exe);
    program
        .args(["a", "b"])
        .env("HERON_LAUNCHER_SCENARIO", case.scenario)
        .env("HERON_LAUNCHER_SOURCE", &script);
    let mut python = Command::new(PYTHON);
    python.arg(&script).args(["a", "b"]);
    (run(program, case), run(python, case), script)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn json_field(json: &str, key: &str) -> String {
    // The driver only needs string-ish comparisons: use Python to extract a field as JSON.
    let out = Command::new(PYTHON)
        .args([
            "-c",
            &format!("import json,sys; print(json.dumps(json.loads(sys.argv[1])[{key:?}]))"),
            json,
        ])
        .output()
        .expect("python");
    text(&out.stdout).trim().to_string()
}

fn main() {
    if std::env::var_os("HERON_LAUNCHER_SCENARIO").is_some() {
        program_main();
    }
    let dir = std::env::temp_dir().join(format!("heron-launcher-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut failures = Vec::new();
    let mut check = |name: &str, ok: bool, detail: String| {
        if ok {
            println!("test launcher::{name} ... ok");
        } else {
            println!("test launcher::{name} ... FAILED");
            failures.push(format!("{name}: {detail}"));
        }
    };

    // Uncaught exceptions print exactly as CPython prints them.
    for (scenario, script) in [
        ("raise", "x = 1\nraise ValueError('boom')\n"),
        ("exit3", "raise SystemExit(3)\n"),
        ("exitmsg", "raise SystemExit('bye')\n"),
        ("ok", "pass\n"),
    ] {
        let (prog, py, _) = both(
            &dir,
            &Case {
                scenario,
                script,
                env: &[],
                close_stdout: false,
            },
        );
        let same = prog.status.code() == py.status.code()
            && prog.stderr == py.stderr
            && prog.stdout == py.stdout;
        check(
            scenario,
            same,
            format!(
                "program {:?} stderr {:?}\n  python {:?} stderr {:?}",
                prog.status,
                text(&prog.stderr),
                py.status,
                text(&py.stderr)
            ),
        );
    }

    // KeyboardInterrupt: same traceback, and death by SIGINT.
    let (prog, py, _) = both(
        &dir,
        &Case {
            scenario: "kbint",
            script: "x = 1\nraise KeyboardInterrupt\n",
            env: &[],
            close_stdout: false,
        },
    );
    check(
        "keyboard_interrupt",
        prog.status.signal() == Some(2)
            && py.status.signal() == Some(2)
            && prog.stderr == py.stderr,
        format!(
            "program {:?} {:?}\n  python {:?} {:?}",
            prog.status,
            text(&prog.stderr),
            py.status,
            text(&py.stderr)
        ),
    );

    // A real SIGINT during a native loop is seen by the back-edge hook.
    let script = "import os, signal\nos.kill(os.getpid(), signal.SIGINT)\nwhile True: pass\n";
    let (prog, _, path) = both(
        &dir,
        &Case {
            scenario: "sigint",
            script,
            env: &[],
            close_stdout: false,
        },
    );
    let err = text(&prog.stderr);
    check(
        "sigint_in_native_loop",
        prog.status.signal() == Some(2)
            && err.ends_with("KeyboardInterrupt\n")
            && err.contains(&format!(
                "  File \"{}\", line 3, in <module>\n    while True: pass\n",
                path.display()
            )),
        format!("{:?} {err:?}", prog.status),
    );

    // sys.argv, sys.executable, sys.path, __main__'s namespace.
    let info_script = "import sys, json\nprint(json.dumps({'argv': sys.argv, 'executable': sys.executable, \
                       'path': sys.path, 'keys': list(globals()), 'file': __file__, \
                       'loader': type(__loader__).__name__, 'spec': repr(__spec__), \
                       'cached': repr(__cached__), 'doc': repr(__doc__), 'name': __name__, \
                       'prefix': sys.prefix, 'builtins': __builtins__ is __import__('builtins')}))\n";
    let (prog, py, script_path) = both(
        &dir,
        &Case {
            scenario: "info",
            script: info_script,
            env: &[],
            close_stdout: false,
        },
    );
    let (pj, yj) = (text(&prog.stdout), text(&py.stdout));
    let exe = std::env::current_exe().expect("exe");
    let exe_dir = std::fs::canonicalize(&exe)
        .expect("canonicalize")
        .parent()
        .expect("parent")
        .display()
        .to_string();
    check(
        "info_status",
        prog.status.success(),
        format!("{:?} {}", prog.status, text(&prog.stderr)),
    );
    if prog.status.success() {
        check(
            "argv",
            json_field(&pj, "argv") == format!("[{:?}, \"a\", \"b\"]", exe.display().to_string()),
            json_field(&pj, "argv"),
        );
        for key in [
            "executable",
            "prefix",
            "keys",
            "loader",
            "spec",
            "cached",
            "doc",
            "name",
            "builtins",
        ] {
            let (a, b) = (json_field(&pj, key), json_field(&yj, key));
            check(key, a == b, format!("program {a} python {b}"));
        }
        check(
            "file",
            json_field(&pj, "file") == format!("{:?}", script_path.display().to_string()),
            json_field(&pj, "file"),
        );
        // sys.path: the executable's directory first, then exactly what python3 has after its
        // script directory.
        let want_path = {
            let py_path = json_field(&yj, "path");
            let rest = py_path
                .trim_start_matches('[')
                .split_once(", ")
                .map(|(_, r)| r.to_string())
                .unwrap_or_default();
            format!("[{:?}, {}", exe_dir, rest)
        };
        check(
            "sys_path",
            json_field(&pj, "path") == want_path,
            format!("{} vs {}", json_field(&pj, "path"), want_path),
        );
    }
    // PYTHONSAFEPATH: no directory is prepended, as with `python3 app.py`.
    let (prog, py, _) = both(
        &dir,
        &Case {
            scenario: "info",
            script: info_script,
            env: &[("PYTHONSAFEPATH", "1")],
            close_stdout: false,
        },
    );
    let (a, b) = (
        json_field(&text(&prog.stdout), "path"),
        json_field(&text(&py.stdout), "path"),
    );
    check(
        "safe_path",
        prog.status.success() && a == b,
        format!("program {a} python {b}"),
    );

    // Failing to flush stdout at exit gives status 120, as CPython.
    let (prog, py, _) = both(
        &dir,
        &Case {
            scenario: "flush",
            script: "import sys, time\ntime.sleep(0.5)\nsys.stdout.write('x')\n",
            env: &[("PYTHONUNBUFFERED", "")],
            close_stdout: true,
        },
    );
    check(
        "stdout_flush_failure",
        prog.status.code() == Some(120)
            && py.status.code() == Some(120)
            && prog.stderr == py.stderr,
        format!(
            "program {:?} {:?} python {:?} {:?}",
            prog.status,
            text(&prog.stderr),
            py.status,
            text(&py.stderr)
        ),
    );

    // A module compiled for another runtime ABI is refused with a clear ImportError.
    let (prog, _, _) = both(
        &dir,
        &Case {
            scenario: "badabi",
            script: "pass\n",
            env: &[],
            close_stdout: false,
        },
    );
    let err = text(&prog.stderr);
    check(
        "bad_abi",
        prog.status.code() == Some(1)
            && err.contains(
                "ImportError: heron: module '__main__' was compiled for heron runtime ABI 999",
            ),
        format!("{:?} {err}", prog.status),
    );

    let _ = std::fs::remove_dir_all(&dir);
    if !failures.is_empty() {
        eprintln!(
            "\n{} launcher check(s) failed:\n  {}",
            failures.len(),
            failures.join("\n  ")
        );
        std::process::exit(1);
    }
    println!("\nlauncher: all checks passed");
}
