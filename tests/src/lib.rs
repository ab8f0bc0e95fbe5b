//! Shared helpers for heron end-to-end tests: building the `heron` binary once, finding the
//! target CPython, and running processes with a time limit.
//!
//! Environment variables understood by every test binary of this crate:
//!
//! - `HERON_BIN`: path of a `heron` executable to test instead of building
//!   `target/release/heron` (for example a fake `heron` script when checking the harness
//!   itself). When it is set, no `cargo build` is run.
//! - `HERON_TEST_PYTHON`: the CPython used as the oracle and passed to heron as `--python`
//!   (default: `python3` on `PATH`, resolved to its real executable).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// How long a compiled program or CPython may run before it is killed and the test fails.
pub const RUN_TIMEOUT: Duration = Duration::from_secs(60);

/// How long one `heron build` may take before it is killed and the test fails.
pub const BUILD_TIMEOUT: Duration = Duration::from_secs(120);

/// The workspace root (the directory holding the top-level `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// The cargo target directory: `$CARGO_TARGET_DIR` (relative to the workspace root if
/// relative) or `<workspace>/target`.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => workspace_root().join(dir),
        _ => workspace_root().join("target"),
    }
}

/// The `heron` executable under test.
///
/// Unless `HERON_BIN` is set, the first call runs
/// `$CARGO build --release -p heron-cli -p heron-runtime` (so that `cargo test` from a fresh
/// clone has an up-to-date `target/release/heron` with `libheron_runtime.a` beside it); later
/// calls, from any thread, return the same result. The error is the build's output.
pub fn heron_bin() -> Result<&'static Path, String> {
    static HERON: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    HERON
        .get_or_init(locate_or_build_heron)
        .as_deref()
        .map_err(Clone::clone)
}

fn locate_or_build_heron() -> Result<PathBuf, String> {
    if let Some(bin) = std::env::var_os("HERON_BIN").filter(|b| !b.is_empty()) {
        let bin = PathBuf::from(bin);
        return if bin.is_file() {
            Ok(bin)
        } else {
            Err(format!("HERON_BIN={} is not a file", bin.display()))
        };
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(&cargo);
    cmd.args([
        "build",
        "--release",
        "-p",
        "heron-cli",
        "-p",
        "heron-runtime",
    ])
    .current_dir(workspace_root());
    eprintln!("heron-tests: building heron (cargo build --release -p heron-cli -p heron-runtime)");
    let out = run(&mut cmd, b"", Duration::from_secs(3600))
        .map_err(|e| format!("could not run {}: {e}", Path::new(&cargo).display()))?;
    if !out.status.success() {
        return Err(format!(
            "`cargo build --release -p heron-cli -p heron-runtime` failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let bin = target_dir().join("release").join("heron");
    if !bin.is_file() {
        return Err(format!(
            "the build succeeded but {} is missing",
            bin.display()
        ));
    }
    Ok(bin)
}

/// Facts about the CPython used as the oracle (and as heron's `--python`).
#[derive(Debug, Clone)]
pub struct Python {
    /// The real interpreter executable (`sys.executable`), not a shim.
    pub executable: PathBuf,
    /// `sysconfig.get_config_var('EXT_SUFFIX')`, e.g. `.cpython-311-x86_64-linux-gnu.so`.
    pub ext_suffix: String,
    /// `major.minor`, e.g. `3.11`.
    pub version: String,
}

/// The oracle CPython: `$HERON_TEST_PYTHON` or `python3` on `PATH`, queried once.
pub fn python() -> Result<&'static Python, String> {
    static PYTHON: OnceLock<Result<Python, String>> = OnceLock::new();
    PYTHON
        .get_or_init(query_python)
        .as_ref()
        .map_err(Clone::clone)
}

fn query_python() -> Result<Python, String> {
    let exe = std::env::var_os("HERON_TEST_PYTHON")
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| "python3".into());
    let script = "import sys, sysconfig\n\
                  print(sys.executable)\n\
                  print(sysconfig.get_config_var('EXT_SUFFIX'))\n\
                  print('%d.%d' % sys.version_info[:2])\n";
    let out = run(Command::new(&exe).args(["-c", script]), b"", RUN_TIMEOUT)
        .map_err(|e| format!("cannot run {}: {e}", Path::new(&exe).display()))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    match (out.status.success(), lines.as_slice()) {
        (true, [executable, ext_suffix, version]) if !executable.is_empty() => Ok(Python {
            executable: PathBuf::from(executable),
            ext_suffix: (*ext_suffix).to_string(),
            version: (*version).to_string(),
        }),
        _ => Err(format!(
            "unexpected answer from {} ({}):\n{}{}",
            Path::new(&exe).display(),
            out.status,
            text,
            String::from_utf8_lossy(&out.stderr)
        )),
    }
}

unsafe extern "C" {
    fn signal(signum: i32, handler: usize) -> usize;
}

/// Gives a child the default SIGINT disposition. A shell starts background jobs with SIGINT
/// ignored, and CPython (like heron's launcher) then installs no `KeyboardInterrupt` handler, so
/// cases about Ctrl-C would hang when the suite itself runs in the background.
pub fn reset_sigint() -> std::io::Result<()> {
    const SIGINT: i32 = 2;
    const SIG_DFL: usize = 0;
    // SAFETY: plain libc call, allowed between fork and exec.
    unsafe { signal(SIGINT, SIG_DFL) };
    Ok(())
}

/// Runs `cmd` to completion with `stdin` as its standard input, capturing stdout and stderr.
///
/// The child runs in its own process group; if it is still running after `timeout`, the whole
/// group is killed and an error (with the output so far) is returned.
pub fn run(cmd: &mut Command, stdin: &[u8], timeout: Duration) -> Result<Output, String> {
    use std::os::unix::process::CommandExt;
    // SAFETY: `reset_sigint` only calls the async-signal-safe `signal`.
    unsafe { cmd.pre_exec(reset_sigint) };
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    let mut child_stdin = child.stdin.take();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        if let Some(pipe) = child_stdin.as_mut() {
            // A child that exits without reading its input is not an error.
            let _ = pipe.write_all(&input);
        }
    });
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out_reader = reader(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err_reader = reader(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > timeout => {
                timed_out = true;
                kill_group(&mut child);
                break child.wait().map_err(|e| format!("wait: {e}"))?;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait: {e}")),
        }
    };
    if !timed_out && !output_closes_soon(&out_reader, &err_reader) {
        // The child exited but something it started still holds its output open.
        kill_group(&mut child);
    }
    let _ = writer.join();
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    if timed_out {
        return Err(format!(
            "{:?} timed out after {} s and was killed\n--- stdout ---\n{}\n--- stderr ---\n{}",
            cmd.get_program(),
            timeout.as_secs(),
            String::from_utf8_lossy(&stdout),
            String::from_utf8_lossy(&stderr)
        ));
    }
    Ok(Output {
        status,
        stdout,
        stderr,
    })
}

/// Waits up to ten seconds for both output readers to reach end of file.
fn output_closes_soon<T>(a: &std::thread::JoinHandle<T>, b: &std::thread::JoinHandle<T>) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if a.is_finished() && b.is_finished() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    false
}

/// Kills the process group led by `child` (it was started with `process_group(0)`).
fn kill_group(child: &mut std::process::Child) {
    let group = format!("-{}", child.id());
    let killed = Command::new("kill")
        .args(["-KILL", "--", &group])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !killed {
        let _ = child.kill();
    }
}

/// Describes an exit status as `exit status 3` or `killed by signal 11`.
pub fn describe_status(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exit status {code}"),
        (None, Some(sig)) => format!("killed by signal {sig}"),
        (None, None) => format!("{status}"),
    }
}

/// Drops the column-marker lines CPython 3.11 prints under source lines in tracebacks: lines
/// made only of whitespace, `^` and `~` that contain at least one `^` or `~`. heron's compiled
/// frames have no column information, so these lines are not compared.
pub fn strip_caret_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let markers = body.chars().any(|c| c == '^' || c == '~');
        let only = body
            .chars()
            .all(|c| c == '^' || c == '~' || c.is_whitespace());
        if !(markers && only) {
            out.push_str(line);
        }
    }
    out
}

/// Recursively copies the contents of directory `from` into directory `to` (created if
/// needed).
pub fn copy_dir_contents(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let dest = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir_contents(&entry.path(), &dest)?;
        } else {
            std::fs::copy(entry.path(), &dest)?;
        }
    }
    Ok(())
}

/// A Python string literal (single-quoted) for `s`.
pub fn python_literal(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\\' | '\'' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A new temporary directory whose path has no symbolic links (so paths printed by CPython
/// and by compiled code agree textually).
pub fn temp_dir(prefix: &str) -> std::io::Result<(tempfile::TempDir, PathBuf)> {
    let dir = tempfile::Builder::new().prefix(prefix).tempdir()?;
    let path = dir.path().canonicalize()?;
    Ok((dir, path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_lines_are_dropped() {
        let tb = "  File \"x.py\", line 1, in <module>\n    1/0\n    ~^~\n    ^^^^^\nZeroDivisionError: division by zero\n\n^ not only\n";
        assert_eq!(
            strip_caret_lines(tb),
            "  File \"x.py\", line 1, in <module>\n    1/0\nZeroDivisionError: division by zero\n\n^ not only\n"
        );
    }

    #[test]
    fn run_captures_and_times_out() {
        let out = run(
            Command::new("sh").args(["-c", "cat; echo err >&2; exit 3"]),
            b"in",
            RUN_TIMEOUT,
        )
        .unwrap();
        assert_eq!(out.stdout, b"in");
        assert_eq!(out.stderr, b"err\n");
        assert_eq!(out.status.code(), Some(3));
        let err = run(
            Command::new("sh").args(["-c", "echo partial; sleep 30"]),
            b"",
            Duration::from_millis(300),
        )
        .unwrap_err();
        assert!(
            err.contains("timed out") && err.contains("partial"),
            "{err}"
        );
    }
}
