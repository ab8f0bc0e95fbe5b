//! Reference leaks in compiled code.
//!
//! `tests/leaks/leakcheck.py` is compiled as an extension module; `tests/leaks/measure.py`
//! calls its `work(sentinel)` (loops, `try`/`except`/`finally`, closures, comprehensions,
//! calls with `*args`/`**kwargs`, unpacking, f-strings, `with`, ...) N times after a warm-up
//! and reports the growth of traced memory (tracemalloc), of gc-tracked objects and of a few
//! reference counts (the sentinel passed through, the function objects, the module dict, an
//! exception type). The same script run on the source under CPython gives the baseline: the
//! compiled module may not grow more than a small constant above it, and its reference counts
//! must be as stable as CPython's. A leak of one small object per call (N = 2000) is well
//! above the bounds.
//!
//! `HERON_BIN` and `HERON_TEST_PYTHON` select the compiler and the interpreter (see
//! `heron_tests`).

use heron_tests::{BUILD_TIMEOUT, RUN_TIMEOUT, heron_bin, python, run, temp_dir, workspace_root};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

const ITERATIONS: u32 = 2000;
/// Allowed growth of traced memory above CPython's, in bytes.
const MEMORY_SLACK: i64 = 16 * 1024;
/// Allowed growth of the number of gc-tracked objects above CPython's.
const OBJECT_SLACK: i64 = 16;

/// What measure.py printed: `key value...` lines.
fn measure(python: &Path, mod_dir: &Path, src_dir: &Path) -> BTreeMap<String, String> {
    let script = workspace_root()
        .join("tests")
        .join("leaks")
        .join("measure.py");
    let out = run(
        Command::new(python)
            .arg(&script)
            .arg(mod_dir)
            .arg(src_dir)
            .arg(ITERATIONS.to_string())
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .current_dir(src_dir),
        b"",
        RUN_TIMEOUT,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "measure.py failed ({}):\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
        .lines()
        .filter_map(|l| l.split_once(' '))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn number(report: &BTreeMap<String, String>, key: &str) -> i64 {
    report
        .get(key)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no number `{key}` in {report:?}"))
}

#[test]
fn compiled_code_does_not_leak() {
    let heron = heron_bin().unwrap_or_else(|e| panic!("heron is not available:\n{e}"));
    let py = python().unwrap_or_else(|e| panic!("no usable python3: {e}"));
    let (_guard, tmp) = temp_dir("heron-leaks-").expect("temporary directory");
    let src = tmp.join("src");
    let compiled = tmp.join("compiled");
    let empty = tmp.join("empty");
    for dir in [&src, &compiled, &empty] {
        std::fs::create_dir_all(dir).expect("create directory");
    }
    let source = src.join("leakcheck.py");
    std::fs::copy(
        workspace_root()
            .join("tests")
            .join("leaks")
            .join("leakcheck.py"),
        &source,
    )
    .expect("copy leakcheck.py");

    let built = run(
        Command::new(heron)
            .arg("build")
            .arg("--python")
            .arg(&py.executable)
            .arg("--module")
            .arg(&source)
            .arg("-o")
            .arg(&compiled),
        b"",
        BUILD_TIMEOUT,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        built.status.success(),
        "heron build --module failed:\n{}{}",
        String::from_utf8_lossy(&built.stdout),
        String::from_utf8_lossy(&built.stderr)
    );
    let so = compiled.join(format!("leakcheck{}", py.ext_suffix));
    assert!(so.is_file(), "heron did not produce {}", so.display());

    let baseline = measure(&py.executable, &empty, &src);
    let report = measure(&py.executable, &compiled, &src);
    let summary = format!("cpython: {baseline:?}\nheron: {report:?}");
    eprintln!("{summary}");

    assert_eq!(
        report.get("file").map(String::as_str),
        so.to_str(),
        "the compiled module was not the one imported\n{summary}"
    );
    assert_eq!(
        report.get("result"),
        baseline.get("result"),
        "work() computed something else\n{summary}"
    );
    assert_eq!(
        report.get("refcounts"),
        baseline.get("refcounts"),
        "reference counts grew over {ITERATIONS} calls (sentinel, work, make_adder, module \
         dict, ValueError)\n{summary}"
    );
    let memory = number(&report, "memory");
    let memory_base = number(&baseline, "memory").max(0);
    assert!(
        memory <= memory_base + MEMORY_SLACK,
        "traced memory grew by {memory} bytes over {ITERATIONS} calls (CPython: \
         {memory_base})\n{summary}"
    );
    let objects = number(&report, "objects");
    let objects_base = number(&baseline, "objects").max(0);
    assert!(
        objects <= objects_base + OBJECT_SLACK,
        "{objects} more gc-tracked objects after {ITERATIONS} calls (CPython: \
         {objects_base})\n{summary}"
    );
}
