//! heron's driver: everything that touches files and processes.
//!
//! [`build`] turns a [`BuildRequest`] into products: it probes the target interpreter, reads
//! the sources, asks the target interpreter to check their syntax (one process for all files,
//! so syntax errors carry CPython's words), compiles every module in parallel (rayon: parse →
//! lower → optimize → codegen), and links each object with `cc` (or `$CC`) against heron's
//! runtime library and, for programs, libpython. Products are linked into temporary files in
//! their destination directory and renamed into place only when every module has succeeded, so
//! a failed build leaves nothing behind.
//!
//! [`build_cached`] and [`exec_program`] implement `heron run`: build into a cache keyed by
//! the source and the toolchain, then replace the current process with the program.
//!
//! Every error is a [`DriverError`] whose [`report`](DriverError::report) is what the user
//! sees. A panic while compiling a module becomes an "internal compiler error" report instead
//! of a crash.

mod cache;
mod check;
mod compile;
mod discover;
mod link;
mod panics;
mod timings;

pub use panics::{catch_panic, install_panic_hook};
pub use timings::{PhaseTime, Timings};

use compile::{Compiled, Source, Stage};
use discover::Unit;
use heron_codegen::Product;
use heron_target::{TargetError, TargetPython};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// File name of heron's runtime library, which is looked for next to the running executable.
pub const RUNTIME_LIB_NAME: &str = "libheron_runtime.a";

/// Settings shared by every command.
#[derive(Clone, Debug)]
pub struct Options {
    /// The target interpreter: a path, or a name looked up on `PATH` (default `python3`).
    pub python: PathBuf,
    /// Number of parallel jobs (`None`: one per CPU).
    pub jobs: Option<usize>,
    /// heron's runtime library (`None`: [`RUNTIME_LIB_NAME`] next to the running executable).
    pub runtime_lib: Option<PathBuf>,
    /// Whether to report what the driver does (linker command lines, cache hits) through
    /// `messages`.
    pub verbose: bool,
    /// Where warnings (and, with `verbose`, notes) are written, one message per call. The
    /// default writes to stderr.
    pub messages: fn(&str),
}

impl Default for Options {
    fn default() -> Self {
        Options {
            python: PathBuf::from("python3"),
            jobs: None,
            runtime_lib: None,
            verbose: false,
            messages: eprint_message,
        }
    }
}

/// Writes a message to stderr (the default [`Options::messages`]).
fn eprint_message(message: &str) {
    eprintln!("{message}");
}

/// What is being built.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An executable that embeds libpython and runs the source as `__main__`.
    Program,
    /// An extension module (the input is a `.py` file) or a package of them (the input is a
    /// directory).
    Module,
}

/// What a build produces.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Emit {
    /// Linked products: executables or extension modules.
    Binary,
    /// Object files (`.o`), not linked.
    Object,
    /// The optimized IR as text, in [`BuildOutput::ir`]; nothing is written.
    Ir,
}

/// A build: `heron build [--module] INPUT [-o OUTPUT] [--emit ...]`.
#[derive(Clone, Debug)]
pub struct BuildRequest {
    /// The source file, or the package directory for [`Kind::Module`].
    pub input: PathBuf,
    /// Program or module(s).
    pub kind: Kind,
    /// For programs, the output file (or an existing directory to put it in; default: the
    /// source's stem beside the source). For modules, the output directory (default: the
    /// current directory).
    pub output: Option<PathBuf>,
    /// For modules, the full dotted name of the module or package (`None`: the file stem or
    /// the directory's name). Ignored for programs, which are always `__main__`.
    pub name: Option<String>,
    /// What to produce.
    pub emit: Emit,
    /// Common settings.
    pub options: Options,
}

/// What a build produced.
#[derive(Clone, Debug, Default)]
pub struct BuildOutput {
    /// The files written, in source order.
    pub products: Vec<PathBuf>,
    /// The optimized IR of every module, in source order ([`Emit::Ir`] only).
    pub ir: String,
    /// How long each phase took.
    pub timings: Timings,
}

/// `heron run INPUT`: the program to build into the cache.
#[derive(Clone, Debug)]
pub struct RunRequest {
    /// The source file.
    pub input: PathBuf,
    /// The cache directory (`None`: `$XDG_CACHE_HOME/heron` or `~/.cache/heron`).
    pub cache_dir: Option<PathBuf>,
    /// Common settings.
    pub options: Options,
}

/// A program in the cache, ready to run.
#[derive(Clone, Debug)]
pub struct CachedProgram {
    /// The executable.
    pub path: PathBuf,
    /// Whether it was already in the cache.
    pub cache_hit: bool,
    /// How long each phase took.
    pub timings: Timings,
}

/// Why a build failed. `Display` is the message for the user (without the `error: ` prefix
/// that [`DriverError::report`] adds).
#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    /// A source file or directory could not be read.
    #[error("cannot read '{path}': {reason}")]
    Read {
        /// The path as given.
        path: String,
        /// The OS error.
        reason: String,
    },
    /// An output could not be written.
    #[error("cannot write '{path}': {reason}")]
    Write {
        /// The path.
        path: String,
        /// The OS error.
        reason: String,
    },
    /// A program was asked for, but the input is a directory.
    #[error("'{path}' is a directory; to compile a package, use `--module`")]
    IsDirectory {
        /// The path as given.
        path: String,
    },
    /// A package directory holds no Python files.
    #[error("no Python files found in '{path}'")]
    NoModules {
        /// The directory as given.
        path: String,
    },
    /// A module's name would not be importable.
    #[error("cannot compile '{path}' as a module: `{name}` is not a valid module name")]
    BadModuleName {
        /// The path as given.
        path: String,
        /// The would-be module name.
        name: String,
    },
    /// The output would replace the source.
    #[error("the output '{path}' would overwrite the source file; choose another with `-o`")]
    OutputIsInput {
        /// The output path.
        path: String,
    },
    /// The target interpreter cannot be used.
    #[error(transparent)]
    Target(#[from] TargetError),
    /// Programs need a shared libpython.
    #[error(
        "cannot build a program for `{python}`: its libpython is not a shared library \
         (CPython must be configured with --enable-shared); extension modules can still be \
         built with `--module`"
    )]
    NotShared {
        /// The interpreter.
        python: String,
    },
    /// heron's runtime library is missing.
    #[error(
        "heron's runtime library not found at {path}; build heron with `cargo build --release`"
    )]
    RuntimeMissing {
        /// Where it was looked for.
        path: String,
    },
    /// One or more modules failed to compile; each report is complete (it carries its own
    /// `path:line:col: error:` or `error:` header).
    #[error("{}", render_failures(.failures, *.total))]
    Compile {
        /// The reports, in source order.
        failures: Vec<String>,
        /// How many modules were compiled.
        total: usize,
    },
    /// The linker could not be started.
    #[error("cannot run the linker `{linker}`: {reason} (install a C compiler, or set CC)")]
    LinkerNotFound {
        /// The linker command.
        linker: String,
        /// The OS error.
        reason: String,
    },
    /// The linker failed.
    #[error("linking '{output}' failed: `{linker}` {status}{}", if stderr.is_empty() { String::new() } else { format!("\n{stderr}") })]
    LinkFailed {
        /// The product being linked.
        output: String,
        /// The linker command.
        linker: String,
        /// Its exit status.
        status: String,
        /// What it printed.
        stderr: String,
    },
    /// `heron run` found no cache directory.
    #[error("cannot find a cache directory for `heron run`: set XDG_CACHE_HOME or HOME")]
    NoCacheDir,
    /// A built program could not be started.
    #[error("cannot run '{path}': {reason}")]
    Exec {
        /// The program.
        path: String,
        /// The OS error.
        reason: String,
    },
    /// Something that should not fail did (e.g. creating the thread pool).
    #[error("internal error: {0}")]
    Internal(String),
}

impl DriverError {
    /// The complete text to print on stderr: `error: <message>`, or the compiler's reports
    /// (which carry their own headers). No trailing newline.
    pub fn report(&self) -> String {
        match self {
            DriverError::Compile { .. } => self.to_string(),
            _ => format!("error: {self}"),
        }
    }
}

fn render_failures(failures: &[String], total: usize) -> String {
    let mut out = failures.join("\n");
    if failures.len() > 1 {
        out.push_str(&format!(
            "\nerror: {} of {total} modules failed to compile",
            failures.len()
        ));
    }
    out
}

/// An OS error's message without the `(os error N)` suffix:
/// `No such file or directory`.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Where the runtime library is: the configured path, or next to the running executable.
pub fn runtime_lib_path(options: &Options) -> PathBuf {
    if let Some(p) = &options.runtime_lib {
        return p.clone();
    }
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|e| e.canonicalize().ok().or(Some(e)))
        .and_then(|e| e.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    exe_dir.join(RUNTIME_LIB_NAME)
}

/// The runtime library, which must exist.
fn runtime_lib(options: &Options) -> Result<PathBuf, DriverError> {
    let path = runtime_lib_path(options);
    if path.is_file() {
        Ok(path)
    } else {
        Err(DriverError::RuntimeMissing {
            path: path.display().to_string(),
        })
    }
}

/// Reads a source file (a directory is refused with a clear message).
fn read_source(path: &Path) -> Result<Vec<u8>, DriverError> {
    if path.is_dir() {
        return Err(DriverError::IsDirectory {
            path: path.display().to_string(),
        });
    }
    std::fs::read(path).map_err(|e| DriverError::Read {
        path: path.display().to_string(),
        reason: io_reason(&e),
    })
}

/// A rayon pool with `jobs` threads and stacks big enough for deeply nested sources.
fn thread_pool(jobs: Option<usize>) -> Result<rayon::ThreadPool, DriverError> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .stack_size(64 << 20)
        .thread_name(|i| format!("heron-{i}"))
        .build()
        .map_err(|e| DriverError::Internal(format!("cannot start worker threads: {e}")))
}

/// Builds programs, extension modules, object files, or IR text.
pub fn build(req: &BuildRequest) -> Result<BuildOutput, DriverError> {
    let start = Instant::now();
    let options = &req.options;
    let mut timings = Timings::default();
    if req.emit == Emit::Binary {
        runtime_lib(options)?;
    }

    // Find and read the sources while the target interpreter is probed. Module outputs are
    // computed without the extension suffix, which the probe tells. Problems with the input
    // are reported before problems with the interpreter.
    let (probe, inputs) = std::thread::scope(|s| {
        let probe = s.spawn(|| {
            let t = Instant::now();
            (TargetPython::probe(&options.python), t.elapsed())
        });
        let t = Instant::now();
        let inputs = discover(req).and_then(|units| {
            let sources = read_all(&units)?;
            Ok((units, sources, t.elapsed()))
        });
        let probe = probe.join().unwrap_or_else(|_| {
            (
                Err(TargetError::BadProbe {
                    python: options.python.display().to_string(),
                    reason: "the probe panicked".into(),
                }),
                Default::default(),
            )
        });
        (probe, inputs)
    });
    let (mut units, sources, read_time) = inputs?;
    let (target, probe_time) = probe;
    timings.push("probe", None, probe_time);
    timings.push("read", None, read_time);
    let target = target?;
    let suffix = match (req.kind, req.emit) {
        (Kind::Module, Emit::Object) => ".o",
        (Kind::Module, _) => target.ext_suffix.as_str(),
        (Kind::Program, _) => "",
    };
    for u in &mut units {
        let mut name = u.output.clone().into_os_string();
        name.push(suffix);
        u.output = PathBuf::from(name);
    }
    if req.kind == Kind::Program && req.emit == Emit::Binary && target.libpython().is_none() {
        return Err(DriverError::NotShared {
            python: target.executable.display().to_string(),
        });
    }
    if req.emit != Emit::Ir {
        for u in &units {
            if discover::same_file(&u.path, &u.output) {
                return Err(DriverError::OutputIsInput {
                    path: u.output.display().to_string(),
                });
            }
        }
    }
    let result = compile_and_write(
        req.kind,
        req.emit,
        &units,
        &sources,
        &target,
        options,
        &mut timings,
    )?;
    timings.push("total", None, start.elapsed());
    Ok(BuildOutput { timings, ..result })
}

/// The units of a request, with module outputs lacking their suffix.
fn discover(req: &BuildRequest) -> Result<Vec<Unit>, DriverError> {
    let input = &req.input;
    match req.kind {
        Kind::Program => {
            if input.is_dir() {
                return Err(DriverError::IsDirectory {
                    path: input.display().to_string(),
                });
            }
            let ext = (req.emit == Emit::Object).then_some("o");
            let output = discover::program_output(input, req.output.as_deref(), ext)?;
            Ok(vec![Unit {
                path: input.clone(),
                module: "__main__".into(),
                output,
            }])
        }
        Kind::Module => {
            let out_dir = req.output.clone().unwrap_or_else(|| PathBuf::from("."));
            if input.is_dir() {
                discover::package_units(
                    input,
                    &out_dir,
                    "",
                    req.name.as_deref(),
                    req.options.messages,
                )
            } else {
                Ok(vec![discover::single_module(
                    input,
                    &out_dir,
                    "",
                    req.name.as_deref(),
                )?])
            }
        }
    }
}

/// Reads every unit's source; the first failure is the error.
fn read_all(units: &[Unit]) -> Result<Vec<Source>, DriverError> {
    units
        .iter()
        .map(|u| {
            Ok(Source {
                shown: u.path.display().to_string(),
                absolute: compile::absolute(&u.path),
                module: u.module.clone(),
                bytes: read_source(&u.path)?,
            })
        })
        .collect()
}

/// Checks, compiles (in parallel), and writes or links every unit.
fn compile_and_write(
    kind: Kind,
    emit: Emit,
    units: &[Unit],
    sources: &[Source],
    target: &TargetPython,
    options: &Options,
    timings: &mut Timings,
) -> Result<BuildOutput, DriverError> {
    let checks = timings.time("syntax check", None, || {
        let bytes: Vec<&[u8]> = sources.iter().map(|s| s.bytes.as_slice()).collect();
        check::check_sources(&target.executable, &bytes)
    });
    if checks.is_none() && options.verbose {
        (options.messages)("note: the target interpreter could not check the syntax; skipped");
    }
    for (src, check) in sources.iter().zip(checks.iter().flatten()) {
        for w in &check.warnings {
            (options.messages)(&check::render_warning(w, &src.shown));
        }
    }
    let stage = match (emit, kind) {
        (Emit::Ir, _) => Stage::Ir,
        (_, Kind::Module) => Stage::Object(Product::ExtensionModule),
        (_, Kind::Program) => Stage::Object(Product::Program {
            python_executable: target.executable.to_string_lossy().into_owned(),
        }),
    };
    let model = target.object_model();
    let pool = thread_pool(options.jobs)?;
    let compile_start = Instant::now();
    let results: Vec<Result<Compiled, String>> = pool.install(|| {
        sources
            .par_iter()
            .enumerate()
            .map(|(i, src)| {
                let check = checks.as_ref().and_then(|c| c.get(i));
                compile::compile(src, check, &model, &stage)
            })
            .collect()
    });
    let compile_time = compile_start.elapsed();
    let mut outputs = Vec::with_capacity(results.len());
    let mut failures = Vec::new();
    for r in results {
        match r {
            Ok(c) => {
                timings.extend(c.timings);
                outputs.push(c.output);
            }
            Err(f) => failures.push(f),
        }
    }
    timings.push("compile", None, compile_time);
    if !failures.is_empty() {
        return Err(DriverError::Compile {
            failures,
            total: units.len(),
        });
    }
    match emit {
        Emit::Ir => {
            let texts: Vec<String> = outputs
                .into_iter()
                .map(|o| String::from_utf8_lossy(&o).into_owned())
                .collect();
            Ok(BuildOutput {
                ir: texts.join("\n"),
                ..Default::default()
            })
        }
        Emit::Object => {
            let mut products = Vec::new();
            let mut staged = Staging::default();
            for (u, object) in units.iter().zip(&outputs) {
                let tmp = staged.temp_path(&u.output)?;
                std::fs::write(&tmp, object).map_err(|e| DriverError::Write {
                    path: u.output.display().to_string(),
                    reason: io_reason(&e),
                })?;
                products.push(u.output.clone());
            }
            staged.commit()?;
            Ok(BuildOutput {
                products,
                ..Default::default()
            })
        }
        Emit::Binary => {
            let runtime = runtime_lib(options)?;
            let objects = tempfile::Builder::new()
                .prefix("heron-")
                .tempdir()
                .map_err(|e| DriverError::Write {
                    path: "a temporary directory".into(),
                    reason: io_reason(&e),
                })?;
            let mut staged = Staging::default();
            let mut jobs = Vec::new();
            for (i, (u, object)) in units.iter().zip(&outputs).enumerate() {
                let obj_path = objects.path().join(format!("{i}-{}.o", u.module));
                std::fs::write(&obj_path, object).map_err(|e| DriverError::Write {
                    path: obj_path.display().to_string(),
                    reason: io_reason(&e),
                })?;
                let tmp = staged.temp_path(&u.output)?;
                let args = match kind {
                    Kind::Program => link::program_args(&obj_path, &runtime, &tmp, target)?,
                    Kind::Module => link::extension_args(&obj_path, &runtime, &tmp),
                };
                if options.verbose {
                    (options.messages)(&format!("link: {}", link::shown_command(&args)));
                }
                jobs.push((u, args));
            }
            let linked: Vec<(Result<(), DriverError>, std::time::Duration)> = pool.install(|| {
                jobs.par_iter()
                    .map(|(u, args)| {
                        let t = Instant::now();
                        (link::run_linker(args, &u.output), t.elapsed())
                    })
                    .collect()
            });
            for ((u, _), (result, time)) in jobs.iter().zip(linked) {
                result?;
                timings.push("link", Some(&u.module), time);
            }
            let products = units.iter().map(|u| u.output.clone()).collect();
            staged.commit()?;
            Ok(BuildOutput {
                products,
                ..Default::default()
            })
        }
    }
}

/// Products written to temporary directories beside their destinations and renamed into
/// place by [`Staging::commit`]. Dropping an uncommitted staging removes the temporary files
/// and the directories it created.
#[derive(Default)]
struct Staging {
    /// `(temporary directory, file inside it, destination)`.
    files: Vec<(tempfile::TempDir, PathBuf, PathBuf)>,
    /// Directories created for outputs, outermost first.
    created_dirs: Vec<PathBuf>,
    committed: bool,
}

impl Staging {
    /// A temporary path in `dest`'s directory (created if needed) to write `dest` to.
    fn temp_path(&mut self, dest: &Path) -> Result<PathBuf, DriverError> {
        let dir = match dest.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        self.create_dirs(&dir)?;
        let write_err = |e: std::io::Error| DriverError::Write {
            path: dest.display().to_string(),
            reason: io_reason(&e),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".heron-")
            .tempdir_in(&dir)
            .map_err(write_err)?;
        let name = dest.file_name().unwrap_or(OsStr::new("out"));
        let file = tmp.path().join(name);
        self.files.push((tmp, file.clone(), dest.to_path_buf()));
        Ok(file)
    }

    /// Creates `dir` and its missing ancestors, remembering which were created.
    fn create_dirs(&mut self, dir: &Path) -> Result<(), DriverError> {
        let mut missing = Vec::new();
        let mut d = Some(dir);
        while let Some(p) = d {
            if p.as_os_str().is_empty() || p.exists() {
                break;
            }
            missing.push(p.to_path_buf());
            d = p.parent();
        }
        for p in missing.into_iter().rev() {
            match std::fs::create_dir(&p) {
                Ok(()) => self.created_dirs.push(p),
                // Another build (a concurrent `heron run`) made it first.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && p.is_dir() => {}
                Err(e) => {
                    return Err(DriverError::Write {
                        path: p.display().to_string(),
                        reason: io_reason(&e),
                    });
                }
            }
        }
        Ok(())
    }

    /// Renames every file into place.
    fn commit(mut self) -> Result<(), DriverError> {
        for (_tmp, file, dest) in &self.files {
            std::fs::rename(file, dest).map_err(|e| DriverError::Write {
                path: dest.display().to_string(),
                reason: io_reason(&e),
            })?;
        }
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Temporary directories go first (TempDir's own drop), then the directories this build
        // created, innermost first, if they are empty.
        self.files.clear();
        if !self.committed {
            let mut dirs: BTreeSet<&PathBuf> = self.created_dirs.iter().collect();
            while let Some(d) = dirs.pop_last() {
                let _ = std::fs::remove_dir(d);
            }
        }
    }
}

/// Builds a program into the cache unless it is there already (`heron run`).
pub fn build_cached(req: &RunRequest) -> Result<CachedProgram, DriverError> {
    let start = Instant::now();
    let options = &req.options;
    let mut timings = Timings::default();
    let runtime = runtime_lib(options)?;
    let bytes = read_source(&req.input)?;
    let target = timings.time("probe", None, || TargetPython::probe(&options.python))?;
    if target.libpython().is_none() {
        return Err(DriverError::NotShared {
            python: target.executable.display().to_string(),
        });
    }
    let cache_dir = match &req.cache_dir {
        Some(d) => d.clone(),
        None => cache::default_cache_dir().ok_or(DriverError::NoCacheDir)?,
    };
    let absolute = compile::absolute(&req.input);
    let stem = req
        .input
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| !s.is_empty() && !s.starts_with('.'))
        .unwrap_or("program");
    let key = cache::key(&absolute, &bytes, &runtime, &target);
    let path = cache::entry(&cache_dir, stem, key);
    if path.is_file() {
        if options.verbose {
            (options.messages)(&format!("cache hit: {}", path.display()));
        }
        timings.push("total", None, start.elapsed());
        return Ok(CachedProgram {
            path,
            cache_hit: true,
            timings,
        });
    }
    if options.verbose {
        (options.messages)(&format!("building into the cache: {}", path.display()));
    }
    let unit = Unit {
        path: req.input.clone(),
        module: "__main__".into(),
        output: path.clone(),
    };
    let source = Source {
        shown: unit.path.display().to_string(),
        absolute,
        module: unit.module.clone(),
        bytes,
    };
    let out = compile_and_write(
        Kind::Program,
        Emit::Binary,
        std::slice::from_ref(&unit),
        std::slice::from_ref(&source),
        &target,
        options,
        &mut timings,
    )?;
    drop(out);
    timings.push("total", None, start.elapsed());
    Ok(CachedProgram {
        path,
        cache_hit: false,
        timings,
    })
}

/// Runs a built program with `args`, its `argv[0]` being `arg0` (`heron run` passes the
/// source path, as `python3 app.py` would show in `sys.argv[0]`). On Unix the current process
/// is replaced, so signals and the exit status are exactly the program's; this returns only
/// on failure. Elsewhere the program runs as a child and this process exits with its status.
/// `main_dir` is the directory of the program's source: the program uses it as `sys.path[0]`
/// (instead of the cache directory it runs from), so imports of its sibling modules work.
pub fn exec_program(
    program: &Path,
    arg0: &OsStr,
    args: &[OsString],
    main_dir: Option<&Path>,
) -> Result<std::convert::Infallible, DriverError> {
    let exec_err = |e: std::io::Error| DriverError::Exec {
        path: program.display().to_string(),
        reason: io_reason(&e),
    };
    let mut cmd = std::process::Command::new(program);
    cmd.args(args);
    if let Some(dir) = main_dir {
        cmd.env("HERON_MAIN_DIR", dir);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.arg0(arg0);
        Err(exec_err(cmd.exec()))
    }
    #[cfg(not(unix))]
    {
        let _ = arg0;
        let status = cmd.status().map_err(exec_err)?;
        std::process::exit(status.code().unwrap_or(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_reasons_drop_the_os_error_number() {
        let e = std::fs::read("/nonexistent/heron/x.py").unwrap_err();
        assert_eq!(io_reason(&e), "No such file or directory");
    }

    #[test]
    fn reports() {
        let e = DriverError::Read {
            path: "x.py".into(),
            reason: "No such file or directory".into(),
        };
        assert_eq!(
            e.report(),
            "error: cannot read 'x.py': No such file or directory"
        );
        let e = DriverError::Compile {
            failures: vec!["a.py:1:1: error: x".into()],
            total: 1,
        };
        assert_eq!(e.report(), "a.py:1:1: error: x");
        let e = DriverError::Compile {
            failures: vec!["a.py:1:1: error: x".into(), "b.py:2:1: error: y".into()],
            total: 3,
        };
        assert_eq!(
            e.report(),
            "a.py:1:1: error: x\nb.py:2:1: error: y\nerror: 2 of 3 modules failed to compile"
        );
    }

    #[test]
    fn staging_cleans_up_on_failure() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("a/b/out.so");
        {
            let mut s = Staging::default();
            let tmp = s.temp_path(&dest).unwrap();
            std::fs::write(&tmp, b"x").unwrap();
            assert!(dir.path().join("a/b").is_dir());
        }
        assert!(
            !dir.path().join("a").exists(),
            "created directories are removed"
        );
        let mut s = Staging::default();
        let tmp = s.temp_path(&dest).unwrap();
        std::fs::write(&tmp, b"x").unwrap();
        s.commit().unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"x");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("a/b")).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "only the product remains");
    }

    fn quiet(_: &str) {}

    fn options_for_test() -> Options {
        Options {
            messages: quiet,
            ..Options::default()
        }
    }

    #[test]
    fn missing_runtime_is_reported_first() {
        let req = BuildRequest {
            input: PathBuf::from("x.py"),
            kind: Kind::Program,
            output: None,
            name: None,
            emit: Emit::Binary,
            options: Options {
                runtime_lib: Some(PathBuf::from("/nonexistent/libheron_runtime.a")),
                ..options_for_test()
            },
        };
        let e = build(&req).unwrap_err();
        assert_eq!(
            e.report(),
            "error: heron's runtime library not found at /nonexistent/libheron_runtime.a; \
             build heron with `cargo build --release`"
        );
    }
}
