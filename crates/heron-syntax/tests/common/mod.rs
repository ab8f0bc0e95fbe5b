//! Helpers shared by the integration tests: the CPython oracle and the test programs.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The directory of the `.py` test programs.
pub(crate) fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs")
}

/// The test programs, sorted by file name: `(stem, source)`.
pub(crate) fn programs() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(programs_dir())
        .expect("tests/programs exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .map(|p| {
            let stem = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            let src = std::fs::read_to_string(&p).expect("readable program");
            (stem, src)
        })
        .collect();
    out.sort();
    out
}

/// The CPython 3.11 interpreter to compare against (`HERON_PYTHON` or `python3`), or `None`
/// (with a message on stderr) when there is none, so oracle tests can skip.
pub(crate) fn python311() -> Option<String> {
    let exe = std::env::var("HERON_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let out = Command::new(&exe)
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output();
    match out {
        Ok(o) if o.status.success() && String::from_utf8_lossy(&o.stdout).trim() == "True" => {
            Some(exe)
        }
        _ => {
            eprintln!(
                "SKIPPED: no CPython 3.11 found as `{exe}` (set HERON_PYTHON); oracle comparison not run"
            );
            None
        }
    }
}

/// Runs `script` with `python` and the given arguments; returns stdout (panics on failure).
pub(crate) fn run_python(python: &str, script: &str, args: &[&str]) -> String {
    let out = Command::new(python)
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .expect("python runs");
    assert!(
        out.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}
