//! The `heron` command's behaviour on user errors and its less common modes: every user error
//! exits with status 1 (2 for command-line usage errors, from clap) and an `error:` line, never
//! a panic, and never destroys an existing file.
//!
//! `HERON_BIN` and `HERON_TEST_PYTHON` select the compiler and the interpreter (see
//! `heron_tests`).

use heron_tests::{
    BUILD_TIMEOUT, Python, RUN_TIMEOUT, heron_bin, python, python_literal, run, temp_dir,
};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The finished process, as text.
struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn py() -> &'static Python {
    python().unwrap_or_else(|e| panic!("no usable python3: {e}"))
}

/// `heron` with the given arguments.
fn heron<I, S>(args: I) -> Command
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let bin = heron_bin().unwrap_or_else(|e| panic!("heron is not available:\n{e}"));
    let mut cmd = Command::new(bin);
    cmd.args(args);
    cmd
}

/// `heron build --python <the test interpreter>`.
fn heron_build() -> Command {
    let mut cmd = heron(["build"]);
    cmd.arg("--python").arg(&py().executable);
    cmd
}

fn exec(cmd: &mut Command) -> Outcome {
    let out = run(cmd, b"", BUILD_TIMEOUT).unwrap_or_else(|e| panic!("{e}"));
    Outcome {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn tmp() -> (tempfile::TempDir, PathBuf) {
    temp_dir("heron-cli-").expect("temporary directory")
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create directory");
    }
    std::fs::write(path, text).expect("write file");
}

/// Asserts a clean user error: exit status `code`, an `error:` line, no panic.
#[track_caller]
fn assert_user_error(out: &Outcome, code: i32) {
    let show = || format!("stdout:\n{}\nstderr:\n{}", out.stdout, out.stderr);
    assert_eq!(out.code, Some(code), "wrong exit status\n{}", show());
    assert!(
        out.stderr
            .lines()
            .any(|l| l.starts_with("error:") || l.contains(": error: ")),
        "no `error:` line on stderr\n{}",
        show()
    );
    assert_no_panic(out);
}

#[track_caller]
fn assert_no_panic(out: &Outcome) {
    for bad in ["panicked", "RUST_BACKTRACE"] {
        assert!(
            !out.stderr.contains(bad) && !out.stdout.contains(bad),
            "heron panicked\nstdout:\n{}\nstderr:\n{}",
            out.stdout,
            out.stderr
        );
    }
}

#[track_caller]
fn assert_success(out: &Outcome) {
    assert_eq!(
        out.code,
        Some(0),
        "heron failed\nstdout:\n{}\nstderr:\n{}",
        out.stdout,
        out.stderr
    );
    assert_no_panic(out);
}

#[test]
fn missing_input_file() {
    let (_guard, dir) = tmp();
    let output = dir.join("out");
    let out = exec(
        heron_build()
            .arg(dir.join("nope.py"))
            .arg("-o")
            .arg(&output),
    );
    assert_user_error(&out, 1);
    assert!(out.stderr.contains("nope.py"), "{}", out.stderr);
    assert!(!output.exists(), "an output was created");
}

/// CPython's verdict on `path`: (message, line, 1-based column).
fn cpython_syntax_error(path: &Path) -> (String, u32, u32) {
    let script = "import sys\n\
                  p = sys.argv[1]\n\
                  try:\n    compile(open(p, 'rb').read(), p, 'exec')\n\
                  except SyntaxError as e:\n    print(e.msg); print(e.lineno); print(e.offset)\n";
    let out = run(
        Command::new(&py().executable)
            .args(["-c", script])
            .arg(path),
        b"",
        RUN_TIMEOUT,
    )
    .expect("run python");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let lines: Vec<&str> = text.lines().collect();
    match lines.as_slice() {
        [msg, line, col] => (
            (*msg).to_string(),
            line.parse().expect("lineno"),
            col.parse().expect("offset"),
        ),
        _ => panic!(
            "CPython accepted {} or answered oddly: {text}",
            path.display()
        ),
    }
}

#[test]
fn syntax_errors_are_reported_in_cpythons_words() {
    let sources = [
        "x = [1, 2\ny = 3\n",
        "print('a' 1)\n",
        "def f(:\n    pass\n",
        "value = 1\nif value:\nprint(value)\n",
        "def g():\n    return 1\n  x = 2\n",
    ];
    for (i, source) in sources.iter().enumerate() {
        let (_guard, dir) = tmp();
        let name = format!("bad{i}.py");
        let path = dir.join(&name);
        write(&path, source);
        let output = dir.join("out");
        let (msg, line, col) = cpython_syntax_error(&path);
        let out = exec(
            heron_build()
                .arg(&name)
                .arg("-o")
                .arg(&output)
                .current_dir(&dir),
        );
        assert_user_error(&out, 1);
        // `bad.py:1:5: error: '[' was never closed`, possibly with the exception's type
        // (`error: SyntaxError: ...`).
        let position = format!("{name}:{line}:{col}: error: ");
        assert!(
            out.stderr
                .lines()
                .any(|l| l.contains(&position) && l.ends_with(&format!(" {msg}"))),
            "source {source:?}: expected a line with `{position}` ending in {msg:?}, got:\n{}",
            out.stderr
        );
        assert!(!output.exists(), "an output was created");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), *source);
    }
}

/// Valid Python that heron cannot compile yet is refused with its position. Every construct of
/// Python 3.11 compiles; what remains is a limitation of the parser heron uses (a quote of the
/// enclosing f-string's kind inside a triple-quoted string in a replacement field).
#[test]
fn what_heron_cannot_compile_names_its_position() {
    let cases = [
        ("fstr.py", "x = f\"{'''eric's'''}\"\n", "fstr.py:1:"),
        (
            "nested.py",
            "def f():\n    return f\"{'''it's'''}\"\n",
            "nested.py:2:",
        ),
    ];
    for (name, source, position) in cases {
        let (_guard, dir) = tmp();
        write(&dir.join(name), source);
        let check = exec(
            Command::new(&py().executable)
                .args([
                    "-c",
                    "import sys; compile(open(sys.argv[1]).read(), 'x', 'exec')",
                    name,
                ])
                .current_dir(&dir),
        );
        assert_eq!(
            check.code,
            Some(0),
            "CPython must accept {name}: {}",
            check.stderr
        );
        let output = dir.join("out");
        let out = exec(
            heron_build()
                .arg(name)
                .arg("-o")
                .arg(&output)
                .current_dir(&dir),
        );
        assert_user_error(&out, 1);
        let hit = out
            .stderr
            .lines()
            .any(|l| l.contains(position) && l.contains("cannot read this yet"));
        assert!(
            hit,
            "{name}: expected `{position}` and `cannot read this yet` on one line:\n{}",
            out.stderr
        );
        assert!(!output.exists(), "an output was created");
    }
}

/// `--name` gives a single file or a package directory its full dotted name.
#[test]
fn module_build_with_a_dotted_name() {
    let (_guard, dir) = tmp();
    write(&dir.join("top").join("__init__.py"), "");
    write(&dir.join("top").join("inner").join("__init__.py"), "");
    write(&dir.join("top").join("inner").join("sibling.py"), "");
    write(
        &dir.join("src").join("leaf.py"),
        "from . import sibling\nNAME = __name__\nPKG = __package__\n",
    );
    let out = exec(
        heron_build()
            .args(["--module", "src/leaf.py", "--name", "top.inner.leaf"])
            .args(["-o", "top/inner"])
            .current_dir(&dir),
    );
    assert_success(&out);
    write(&dir.join("pkgsrc").join("__init__.py"), "NAME = __name__\n");
    write(&dir.join("pkgsrc").join("m.py"), "NAME = __name__\n");
    let out = exec(
        heron_build()
            .args(["--module", "pkgsrc", "--name", "top.sub", "-o", "top"])
            .current_dir(&dir),
    );
    assert_success(&out);
    let script = "import importlib.machinery as im, top.inner.leaf as l, top.sub, top.sub.m\n\
                  print(l.NAME, l.PKG, top.sub.NAME, top.sub.m.NAME)\n\
                  print(all(isinstance(m.__loader__, im.ExtensionFileLoader) \
                  for m in (l, top.sub, top.sub.m)))\n";
    let ran = exec(
        Command::new(&py().executable)
            .args(["-c", script])
            .current_dir(&dir),
    );
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(
        ran.stdout,
        "top.inner.leaf top.inner top.sub top.sub.m\nTrue\n"
    );
    let bad = exec(
        heron_build()
            .args(["--module", "src/leaf.py", "--name", "top..leaf"])
            .current_dir(&dir),
    );
    assert_user_error(&bad, 1);
}

#[test]
fn output_equal_to_input_is_refused() {
    let (_guard, dir) = tmp();
    let source = "print('keep me')\n";
    let path = dir.join("a.py");
    write(&path, source);
    for spelling in [
        PathBuf::from("a.py"),
        path.clone(),
        dir.join(".").join("a.py"),
    ] {
        let out = exec(
            heron_build()
                .arg("a.py")
                .arg("-o")
                .arg(&spelling)
                .current_dir(&dir),
        );
        assert_user_error(&out, 1);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            source,
            "-o {} overwrote the source",
            spelling.display()
        );
    }
}

#[test]
fn nonexistent_python() {
    let (_guard, dir) = tmp();
    write(&dir.join("a.py"), "print(1)\n");
    let output = dir.join("a");
    let out = exec(
        heron(["build", "--python", "/nonexistent/python3", "a.py", "-o"])
            .arg(&output)
            .current_dir(&dir),
    );
    assert_user_error(&out, 1);
    assert!(
        out.stderr.contains("/nonexistent/python3"),
        "the message should name the interpreter:\n{}",
        out.stderr
    );
    assert!(!output.exists(), "an output was created");
}

/// A CPython 3.12 from pyenv, if one is installed.
fn python312() -> Option<PathBuf> {
    let home = std::env::var_os("HOME")?;
    let versions = Path::new(&home).join(".pyenv").join("versions");
    let mut found: Vec<PathBuf> = std::fs::read_dir(versions)
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("3.12"))
        .map(|e| e.path().join("bin").join("python3.12"))
        .filter(|p| p.is_file())
        .collect();
    found.sort();
    found.pop()
}

#[test]
fn unsupported_python_version_names_the_supported_one() {
    let Some(py312) = python312() else {
        eprintln!(
            "skipped: no CPython 3.12 in ~/.pyenv/versions/3.12*/bin/python3.12 to test the \
             unsupported-version error with"
        );
        return;
    };
    let (_guard, dir) = tmp();
    write(&dir.join("a.py"), "print(1)\n");
    let output = dir.join("a");
    let out = exec(
        heron(["build", "--python"])
            .arg(&py312)
            .args(["a.py", "-o"])
            .arg(&output)
            .current_dir(&dir),
    );
    assert_user_error(&out, 1);
    assert!(
        out.stderr.contains("3.11"),
        "the message should name the supported version (3.11):\n{}",
        out.stderr
    );
    assert!(!output.exists(), "an output was created");
}

#[test]
fn existing_output_is_replaced_only_on_success() {
    let (_guard, dir) = tmp();
    let output = dir.join("app");
    write(&output, "OLD CONTENTS\n");
    // Source heron cannot compile yet (see `what_heron_cannot_compile_names_its_position`)
    // makes the build fail.
    write(&dir.join("app.py"), "x = f\"{'''eric's'''}\"\n");
    let out = exec(
        heron_build()
            .args(["app.py", "-o"])
            .arg(&output)
            .current_dir(&dir),
    );
    assert_user_error(&out, 1);
    assert_eq!(
        std::fs::read_to_string(&output).unwrap(),
        "OLD CONTENTS\n",
        "a failed build touched the existing output"
    );

    // The same for an extension module.
    let mod_dir = dir.join("mod");
    let so = mod_dir.join(format!("app{}", py().ext_suffix));
    write(&so, "OLD MODULE\n");
    let out = exec(
        heron_build()
            .args(["--module", "app.py", "-o"])
            .arg(&mod_dir)
            .current_dir(&dir),
    );
    assert_user_error(&out, 1);
    assert_eq!(std::fs::read_to_string(&so).unwrap(), "OLD MODULE\n");

    // A successful build replaces it.
    write(&dir.join("app.py"), "print('new program')\n");
    let out = exec(
        heron_build()
            .args(["app.py", "-o"])
            .arg(&output)
            .current_dir(&dir),
    );
    assert_success(&out);
    let ran = exec(&mut Command::new(&output));
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(ran.stdout, "new program\n");
}

/// Runs `python3 <script> <args>` in `dir` with extra environment variables.
fn cpython(dir: &Path, script: &str, args: &[&str], env: &[(&str, &str)]) -> Outcome {
    let mut cmd = Command::new(&py().executable);
    cmd.arg(script)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(dir);
    let out = run(&mut cmd, b"", RUN_TIMEOUT).unwrap_or_else(|e| panic!("{e}"));
    Outcome {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn run_passes_arguments_and_exit_status() {
    let (_guard, dir) = tmp();
    write(
        &dir.join("app.py"),
        "import sys\nprint(sys.argv[1:])\nsys.exit(int(sys.argv[1]))\n",
    );
    let args = ["7", "--flag", "two words"];
    let out = exec(
        heron(["run", "--python"])
            .arg(&py().executable)
            .args(["app.py", "--"])
            .args(args)
            .current_dir(&dir),
    );
    assert_no_panic(&out);
    let expected = cpython(&dir, "app.py", &args, &[]);
    assert_eq!(out.code, expected.code, "stderr:\n{}", out.stderr);
    assert_eq!(out.stdout, expected.stdout);
}

#[test]
fn programs_honour_python_environment_variables() {
    let (_guard, dir) = tmp();
    write(
        &dir.join("lib/extmod.py"),
        "VALUE = 'found through PYTHONPATH'\n",
    );
    write(
        &dir.join("app.py"),
        "import sys, extmod\nprint(extmod.VALUE, hash('heron'), sys.flags.optimize)\n",
    );
    let out = exec(heron_build().arg("app.py").current_dir(&dir));
    assert_success(&out);
    let lib = dir.join("lib");
    let env = [
        ("PYTHONPATH", lib.to_str().expect("utf-8 path")),
        ("PYTHONHASHSEED", "123"),
        ("PYTHONOPTIMIZE", "1"),
    ];
    let mut cmd = Command::new(dir.join("app"));
    cmd.envs(env).current_dir(&dir);
    let compiled = run(&mut cmd, b"", RUN_TIMEOUT).unwrap_or_else(|e| panic!("{e}"));
    let expected = cpython(&dir, "app.py", &[], &env);
    assert_eq!(
        String::from_utf8_lossy(&compiled.stdout),
        expected.stdout,
        "stderr:\n{}",
        String::from_utf8_lossy(&compiled.stderr)
    );
    assert_eq!(compiled.status.code(), expected.code);
}

#[test]
fn emit_ir_prints_the_functions() {
    let (_guard, dir) = tmp();
    write(
        &dir.join("app.py"),
        "def heron_emit_probe(a):\n    return a + 1\nprint(heron_emit_probe(1))\n",
    );
    let out = exec(
        heron_build()
            .args(["--emit", "ir", "app.py"])
            .current_dir(&dir),
    );
    assert_success(&out);
    assert!(
        out.stdout.contains("heron_emit_probe"),
        "the IR should name the function:\n{}",
        out.stdout
    );
    assert!(!dir.join("app").exists(), "--emit ir also built a program");
}

#[test]
fn module_build_of_a_package_keeps_its_layout() {
    let (_guard, dir) = tmp();
    let src = dir.join("src");
    write(
        &src.join("pkg").join("__init__.py"),
        "from . import sub\nVALUE = sub.who()\n",
    );
    write(
        &src.join("pkg").join("sub.py"),
        "def who():\n    return __name__\n",
    );
    write(&src.join("pkg").join("inner").join("__init__.py"), "");
    write(
        &src.join("pkg").join("inner").join("deep.py"),
        "NAME = __name__\n",
    );
    let out_dir = dir.join("out");
    let out = exec(
        heron_build()
            .args(["--module", "pkg/", "-o"])
            .arg(&out_dir)
            .current_dir(&src),
    );
    assert_success(&out);
    let ext = &py().ext_suffix;
    for module in ["__init__", "sub", "inner/__init__", "inner/deep"] {
        let so = out_dir.join("pkg").join(format!("{module}{ext}"));
        assert!(so.is_file(), "missing {}", so.display());
    }
    let script = format!(
        "import sys; sys.path.insert(0, {}); import pkg.sub, pkg.inner.deep\n\
         print(pkg.sub.__name__, pkg.VALUE, pkg.inner.deep.NAME)\n\
         print(all(m.__spec__.origin.endswith({}) and m.__file__ == m.__spec__.origin \
         for m in (pkg, pkg.sub, pkg.inner, pkg.inner.deep)))\n",
        python_literal(&out_dir.to_string_lossy()),
        python_literal(ext)
    );
    let ran = exec(
        Command::new(&py().executable)
            .args(["-c", &script])
            .current_dir(&dir),
    );
    assert_eq!(ran.code, Some(0), "{}", ran.stderr);
    assert_eq!(ran.stdout, "pkg.sub pkg.sub pkg.inner.deep\nTrue\n");
}

#[test]
fn bad_option_prints_usage() {
    let (_guard, dir) = tmp();
    write(&dir.join("a.py"), "print(1)\n");
    let out = exec(heron(["build", "--no-such-option", "a.py"]).current_dir(&dir));
    assert_user_error(&out, 2);
    assert!(
        out.stderr.contains("Usage"),
        "expected usage:\n{}",
        out.stderr
    );
    let out = exec(&mut heron(["frobnicate"]));
    assert_user_error(&out, 2);
}
