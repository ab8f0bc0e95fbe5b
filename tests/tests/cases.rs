//! End-to-end cases: every `tests/cases/<name>.py` is compiled by heron and run, and its
//! stdout, stderr and exit status are compared with CPython running the same source.
//!
//! Each case gives two tests (libtest-mimic, so `cargo test --release --test cases -- NAME`
//! filters as usual):
//!
//! - `<name>::program`: `heron build <name>.py -o <name>`, then `./<name> ARGS` against
//!   `python3 <name>.py ARGS`.
//! - `<name>::module`: `heron build --module <name>.py -o mod/`, then
//!   `python3 -c "import sys; sys.path[0:0] = [MOD, PY]; import <name>" ARGS`, where `MOD`
//!   holds the compiled extension module and `PY` the source (and helper modules); CPython runs
//!   the same command with an empty `MOD`, so it imports the source.
//!
//! CPython and heron each get their own copy of the case, in `<tmp>/cpython` and
//! `<tmp>/heron` of a per-test temporary directory, laid out identically; both run with that
//! directory as the working directory and `PYTHONHASHSEED=0`, `PYTHONDONTWRITEBYTECODE=1`.
//! Before comparing, each side's directory is replaced by `<tmp>`, and CPython 3.11's column
//! marker lines (`^^^^`) are dropped from both sides (compiled frames have none). In module
//! mode, the compiled module's file name `<name>.cpython-311-….so` is shown as `<name>.py`,
//! the one inherent difference between importing an extension module and its source.
//! Everything else must match exactly.
//!
//! The programs in `examples/` are run the same way, in program mode only, as
//! `examples/<name>::program`.
//!
//! A case may have helper modules in `tests/cases/<name>.d/`; its contents are copied beside
//! the case (and stay interpreted). Options are comment lines anywhere in the case:
//!
//! ```text
//! # heron-test: args=a b c          extra command-line arguments (split on whitespace)
//! # heron-test: stdin=line one\nx   standard input (escapes: \n \t \\)
//! # heron-test: skip=<reason>       reported as ignored with the reason
//! # heron-test: program-only        no ::module test
//! # heron-test: module-only         no ::program test
//! ```
//!
//! `HERON_BIN` and `HERON_TEST_PYTHON` select the compiler and the oracle (see
//! `heron_tests`); without `HERON_BIN` the harness first runs
//! `cargo build --release -p heron-cli -p heron-runtime`.

use heron_tests::{
    BUILD_TIMEOUT, Python, RUN_TIMEOUT, copy_dir_contents, describe_status, heron_bin, python,
    python_literal, run, strip_caret_lines, temp_dir, workspace_root,
};
use libtest_mimic::{Arguments, Completion, Failed, Trial};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Program,
    Module,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Program => "program",
            Mode::Module => "module",
        }
    }
}

/// Per-case options from `# heron-test:` comments.
#[derive(Default, Debug, PartialEq)]
struct Options {
    args: Vec<String>,
    stdin: Vec<u8>,
    skip: Option<String>,
    program_only: bool,
    module_only: bool,
}

const DIRECTIVE: &str = "# heron-test:";

fn parse_options(source: &str) -> Result<Options, String> {
    let mut opts = Options::default();
    for (i, line) in source.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix(DIRECTIVE) else {
            continue;
        };
        let rest = rest.trim();
        let (key, value) = match rest.split_once('=') {
            Some((k, v)) => (k.trim(), Some(v)),
            None => (rest, None),
        };
        match (key, value) {
            ("args", Some(v)) => opts.args = v.split_whitespace().map(String::from).collect(),
            ("stdin", Some(v)) => opts.stdin = unescape(v).into_bytes(),
            ("skip", Some(v)) if !v.trim().is_empty() => opts.skip = Some(v.trim().to_string()),
            ("program-only", None) => opts.program_only = true,
            ("module-only", None) => opts.module_only = true,
            _ => {
                return Err(format!(
                    "line {}: unknown directive `{}`",
                    i + 1,
                    line.trim()
                ));
            }
        }
    }
    if opts.program_only && opts.module_only {
        return Err("both program-only and module-only".into());
    }
    Ok(opts)
}

/// Expands `\n`, `\t` and `\\`; any other backslash is kept as is.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

struct Case {
    name: String,
    path: PathBuf,
    helpers: Option<PathBuf>,
    opts: Options,
}

fn main() {
    let args = Arguments::from_args();
    let root = workspace_root();
    let mut trials = vec![Trial::test("harness::options", self_test_options)];
    for (dir, prefix, program_only) in [
        (root.join("tests").join("cases"), "", false),
        (root.join("examples"), "examples/", true),
    ] {
        match discover(&dir, prefix, program_only) {
            Ok(found) => trials.extend(found),
            Err(e) => trials.push(Trial::test(format!("{prefix}discover"), move || {
                Err(e.into())
            })),
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

/// One trial per `.py` file of `dir` and mode, named `<prefix><name>::<mode>`; with
/// `program_only` (the examples, whose work is guarded by `if __name__ == "__main__"`), no
/// module tests.
fn discover(dir: &Path, prefix: &str, program_only: bool) -> Result<Vec<Trial>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("no cases in {}", dir.display()));
    }
    let mut trials = Vec::new();
    for path in paths {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let opts = match parse_options(&source) {
            Ok(opts) => opts,
            Err(e) => {
                let msg = format!("{}: {e}", path.display());
                trials.push(Trial::test(format!("{prefix}{name}"), move || {
                    Err(msg.into())
                }));
                continue;
            }
        };
        let helpers = path.with_extension("d");
        let mut opts = opts;
        if program_only {
            opts.program_only = true;
            opts.module_only = false;
        }
        let case = Arc::new(Case {
            helpers: helpers.is_dir().then_some(helpers),
            name: name.clone(),
            path,
            opts,
        });
        for mode in [Mode::Program, Mode::Module] {
            let excluded = match mode {
                Mode::Program => case.opts.module_only,
                Mode::Module => case.opts.program_only,
            };
            if excluded {
                continue;
            }
            let case = Arc::clone(&case);
            trials.push(Trial::ignorable_test(
                format!("{prefix}{name}::{}", mode.name()),
                move || run_case(&case, mode),
            ));
        }
    }
    Ok(trials)
}

/// The two copies of a case: CPython's and heron's.
struct Side {
    /// The side's root: working directory, replaced by `<tmp>` in output.
    root: PathBuf,
    /// The directory holding `<name>.py` and the helper modules.
    src: PathBuf,
}

fn setup_side(case: &Case, root: PathBuf, mode: Mode) -> Result<Side, String> {
    let src = match mode {
        Mode::Program => root.clone(),
        Mode::Module => root.join("py"),
    };
    let io = |e: std::io::Error| format!("setting up {}: {e}", root.display());
    std::fs::create_dir_all(&src).map_err(io)?;
    if mode == Mode::Module {
        std::fs::create_dir_all(root.join("mod")).map_err(io)?;
    }
    if let Some(helpers) = &case.helpers {
        copy_dir_contents(helpers, &src).map_err(io)?;
    }
    std::fs::copy(&case.path, src.join(format!("{}.py", case.name))).map_err(io)?;
    Ok(Side { root, src })
}

fn run_case(case: &Case, mode: Mode) -> Result<Completion, Failed> {
    if let Some(reason) = &case.opts.skip {
        return Ok(Completion::ignored_with(reason));
    }
    let heron = heron_bin()?;
    let py = python()?;
    let (_guard, tmp) = temp_dir(&format!("heron-case-{}-", case.name))
        .map_err(|e| format!("cannot create a temporary directory: {e}"))?;
    let cpython = setup_side(case, tmp.join("cpython"), mode)?;
    let compiled = setup_side(case, tmp.join("heron"), mode)?;
    let source = compiled.src.join(format!("{}.py", case.name));

    // Build.
    let (output, product) = match mode {
        Mode::Program => {
            let exe = compiled.root.join(&case.name);
            (exe.clone(), exe)
        }
        Mode::Module => {
            let dir = compiled.root.join("mod");
            let so = dir.join(format!("{}{}", case.name, py.ext_suffix));
            (dir, so)
        }
    };
    let mut build = Command::new(heron);
    build.arg("build").arg("--python").arg(&py.executable);
    if mode == Mode::Module {
        build.arg("--module");
    }
    build
        .arg(&source)
        .arg("-o")
        .arg(&output)
        .current_dir(&compiled.root);
    let built = run(&mut build, b"", BUILD_TIMEOUT)?;
    if !built.status.success() {
        return Err(format!(
            "heron build failed ({}) for {}:\n{}{}",
            describe_status(built.status),
            case.path.display(),
            String::from_utf8_lossy(&built.stdout),
            String::from_utf8_lossy(&built.stderr)
        )
        .into());
    }
    if !product.is_file() {
        let parent = product.parent().unwrap_or(&compiled.root);
        return Err(format!(
            "heron build succeeded but did not produce {}; {} holds: {:?}",
            product.display(),
            parent.display(),
            list_dir(parent)
        )
        .into());
    }

    // Run both sides.
    let expected = run_side(case, mode, py, &cpython, None).map_err(|e| format!("cpython: {e}"))?;
    let actual =
        run_side(case, mode, py, &compiled, Some(&product)).map_err(|e| format!("heron: {e}"))?;
    compare(case, mode, py, (&cpython, &expected), (&compiled, &actual))?;
    Ok(Completion::Completed)
}

fn list_dir(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names
}

/// Runs one side; `product` is what heron built (`None`: the CPython side). In module mode
/// both sides run the same command; only the contents of their `mod` directories differ.
fn run_side(
    case: &Case,
    mode: Mode,
    py: &Python,
    side: &Side,
    product: Option<&Path>,
) -> Result<Output, String> {
    let mut cmd = match (mode, product) {
        (Mode::Program, Some(exe)) => Command::new(exe),
        (Mode::Program, None) => {
            let mut cmd = Command::new(&py.executable);
            cmd.arg(side.src.join(format!("{}.py", case.name)));
            cmd
        }
        (Mode::Module, _) => {
            let code = format!(
                "import sys; sys.path[0:0] = [{}, {}]; import {}",
                python_literal(&side.root.join("mod").to_string_lossy()),
                python_literal(&side.src.to_string_lossy()),
                case.name
            );
            let mut cmd = Command::new(&py.executable);
            cmd.args(["-c", &code]);
            cmd
        }
    };
    cmd.args(&case.opts.args)
        .current_dir(&side.root)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    run(&mut cmd, &case.opts.stdin, RUN_TIMEOUT)
}

/// One side's output as compared: `<tmp>` for the side's root, no caret lines.
fn normalize(bytes: &[u8], side: &Side, extra: Option<(&str, &str)>) -> String {
    let mut text = String::from_utf8_lossy(bytes).into_owned();
    if let Some((from, to)) = extra {
        text = text.replace(from, to);
    }
    let root = side.root.to_string_lossy();
    text = text.replace(root.as_ref(), "<tmp>");
    strip_caret_lines(&text)
}

fn compare(
    case: &Case,
    mode: Mode,
    py: &Python,
    (cpy_side, cpy): (&Side, &Output),
    (her_side, her): (&Side, &Output),
) -> Result<(), String> {
    let so_name = format!("{}{}", case.name, py.ext_suffix);
    let py_name = format!("{}.py", case.name);
    let extra = (mode == Mode::Module).then_some((so_name.as_str(), py_name.as_str()));
    let mut problems = Vec::new();
    let status = |o: &Output| (o.status.code(), o.status.signal());
    if status(cpy) != status(her) {
        problems.push(format!(
            "exit: cpython {}, heron {}",
            describe_status(cpy.status),
            describe_status(her.status)
        ));
    }
    let mut streams_differ = false;
    for (label, a, b) in [
        ("stdout", &cpy.stdout, &her.stdout),
        ("stderr", &cpy.stderr, &her.stderr),
    ] {
        let a = normalize(a, cpy_side, None);
        let b = normalize(b, her_side, extra);
        if a != b {
            streams_differ = true;
            let diff = similar::TextDiff::from_lines(&a, &b)
                .unified_diff()
                .context_radius(4)
                .header("cpython", "heron")
                .to_string();
            let diff = if diff.trim().is_empty() {
                format!("(outputs differ only in a final newline)\n{a:?}\n{b:?}\n")
            } else {
                diff
            };
            problems.push(format!("{label} differs:\n{diff}"));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    if !streams_differ {
        problems.push(format!(
            "heron stderr:\n{}",
            normalize(&her.stderr, her_side, extra)
        ));
    }
    Err(format!(
        "{} ({} mode) differs from CPython\n{}",
        case.path.display(),
        mode.name(),
        problems.join("\n")
    ))
}

/// Checks of the harness itself (run as the test `harness::options`).
fn self_test_options() -> Result<(), Failed> {
    let src = "x = 1\n# heron-test: args=a  b c\n  # heron-test: stdin=one\\ntwo\\\\n\n\
               # heron-test: program-only\n";
    let expected = Options {
        args: vec!["a".into(), "b".into(), "c".into()],
        stdin: b"one\ntwo\\n".to_vec(),
        program_only: true,
        ..Options::default()
    };
    let checks = [
        (
            parse_options(src) == Ok(expected),
            "args/stdin/program-only",
        ),
        (
            parse_options("# heron-test: skip=later\n").is_ok_and(|o| o.skip.is_some()),
            "skip",
        ),
        (
            parse_options("# heron-test: progam-only\n").is_err(),
            "typo rejected",
        ),
        (
            parse_options("# heron-test: skip=\n").is_err(),
            "skip needs a reason",
        ),
        (
            strip_caret_lines("  x\n    ^^^\n  ~~^~~\n\n^ y\n") == "  x\n\n^ y\n",
            "caret lines",
        ),
    ];
    match checks.iter().find(|(ok, _)| !ok) {
        Some((_, what)) => Err(format!("harness self-test failed: {what}").into()),
        None => Ok(()),
    }
}
