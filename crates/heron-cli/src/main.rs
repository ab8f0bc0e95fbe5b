//! `heron`: compile Python modules ahead of time into native code that runs inside CPython.
//!
//! A thin layer over heron-driver: parses the command line, runs the driver, prints its
//! errors and timings.

use clap::{Args, Parser, Subcommand, ValueEnum};
use heron_driver::{BuildRequest, DriverError, Emit, Kind, Options, RunRequest, Timings};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Compile Python modules ahead of time into native code that runs inside CPython.
#[derive(Debug, Parser)]
#[command(name = "heron", version, propagate_version = true)]
#[command(after_help = "Examples:
  heron build app.py                 # ./app, a native executable
  heron build --module m.py          # ./m<EXT_SUFFIX>, an extension module
  heron build --module pkg/ -o out/  # every .py of the package, same layout under out/
  heron run app.py -- arg1 arg2      # build into a cache, then run
  heron build --emit ir app.py       # print the optimized IR")]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    common: Common,
}

/// Options every command takes.
#[derive(Debug, Args)]
struct Common {
    /// The target Python interpreter (a path, or a name looked up on PATH)
    #[arg(long, global = true, value_name = "PATH", default_value = "python3")]
    python: PathBuf,
    /// Number of parallel jobs [default: one per CPU]
    #[arg(short = 'j', long = "jobs", global = true, value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Print per-phase timings and linker commands to stderr
    #[arg(short, long, global = true)]
    verbose: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compile a program (default) or extension modules (--module)
    Build(BuildArgs),
    /// Build a program into a cache, then run it with ARGS
    #[command(override_usage = "heron run [OPTIONS] <FILE> [-- <ARGS>...]")]
    Run(RunArgs),
}

#[derive(Debug, Args)]
struct BuildArgs {
    /// The Python source; with --module, a .py file or a package directory
    #[arg(value_name = "FILE")]
    input: PathBuf,
    /// Build extension modules (importable with `import`) instead of a program
    #[arg(long)]
    module: bool,
    /// Output file (program) or directory (--module)
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// With --module, the full dotted name of the module or package (e.g. `pkg.sub.m` for a
    /// file compiled on its own; default: the file stem or the directory's name)
    #[arg(long, value_name = "DOTTED", requires = "module")]
    name: Option<String>,
    /// Produce something else than linked binaries: `ir` prints the optimized IR to stdout,
    /// `obj` writes object files
    #[arg(long, value_enum, value_name = "WHAT")]
    emit: Option<EmitArg>,
}

#[derive(Copy, Clone, Debug, ValueEnum)]
enum EmitArg {
    /// The optimized IR, printed to stdout
    Ir,
    /// Unlinked object files (`.o`)
    Obj,
}

#[derive(Debug, Args)]
struct RunArgs {
    /// The program's source, then the program's arguments (its sys.argv[1:]; a `--` right
    /// after FILE is dropped, every other argument is passed as is)
    #[arg(
        value_name = "FILE",
        required = true,
        num_args = 1..,
        trailing_var_arg = true
    )]
    command: Vec<OsString>,
}

impl RunArgs {
    /// The source file and the program's arguments.
    fn split(mut self) -> (PathBuf, Vec<OsString>) {
        let mut rest = self.command.split_off(1);
        if rest.first().is_some_and(|a| a == "--") {
            rest.remove(0);
        }
        let input = PathBuf::from(self.command.pop().unwrap_or_default());
        (input, rest)
    }
}

fn main() -> ExitCode {
    heron_driver::install_panic_hook();
    let cli = Cli::parse();
    match heron_driver::catch_panic(|| run(cli)) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(e)) => {
            eprintln!("{}", e.report());
            ExitCode::FAILURE
        }
        Err(panic) => {
            eprintln!("error: internal compiler error: {panic}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), DriverError> {
    let options = Options {
        python: cli.common.python,
        jobs: cli.common.jobs.map(usize::from),
        verbose: cli.common.verbose,
        ..Options::default()
    };
    let verbose = options.verbose;
    match cli.command {
        Command::Build(args) => {
            let emit = match args.emit {
                None => Emit::Binary,
                Some(EmitArg::Ir) => Emit::Ir,
                Some(EmitArg::Obj) => Emit::Object,
            };
            let req = BuildRequest {
                input: args.input,
                kind: if args.module {
                    Kind::Module
                } else {
                    Kind::Program
                },
                output: args.output,
                name: args.name,
                emit,
                options,
            };
            let out = heron_driver::build(&req)?;
            if emit == Emit::Ir {
                let mut stdout = std::io::stdout().lock();
                // A closed pipe (`heron build --emit ir x.py | head`) is not an error.
                let _ = stdout
                    .write_all(out.ir.as_bytes())
                    .and_then(|()| stdout.flush());
            }
            if verbose {
                print_timings(&out.timings);
                for p in &out.products {
                    eprintln!("wrote {}", p.display());
                }
            }
            Ok(())
        }
        Command::Run(args) => {
            let (input, program_args) = args.split();
            let req = RunRequest {
                input,
                cache_dir: None,
                options,
            };
            let program = heron_driver::build_cached(&req)?;
            if verbose {
                print_timings(&program.timings);
            }
            let arg0 = req.input.as_os_str();
            let main_dir = std::fs::canonicalize(&req.input)
                .ok()
                .and_then(|p| p.parent().map(Path::to_path_buf));
            match heron_driver::exec_program(
                &program.path,
                arg0,
                &program_args,
                main_dir.as_deref(),
            )? {}
        }
    }
}

fn print_timings(t: &Timings) {
    eprint!("timings:\n{}", t.report());
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    fn run_args(argv: &[&str]) -> (Common, PathBuf, Vec<OsString>) {
        let cli = Cli::try_parse_from(argv).unwrap();
        let Command::Run(r) = cli.command else {
            panic!()
        };
        let (input, args) = r.split();
        (cli.common, input, args)
    }

    #[test]
    fn run_passes_everything_after_the_file() {
        let (common, input, args) = run_args(&["heron", "run", "app.py", "-v", "x", "--", "y"]);
        assert_eq!(input, PathBuf::from("app.py"));
        assert_eq!(args, ["-v", "x", "--", "y"]);
        assert!(!common.verbose);
        let (common, input, args) = run_args(&["heron", "-v", "run", "-j3", "app.py", "--", "-x"]);
        assert_eq!(input, PathBuf::from("app.py"));
        assert_eq!(args, ["-x"]);
        assert!(common.verbose);
        assert_eq!(common.jobs, Some(3));
        let (_, _, args) = run_args(&["heron", "run", "app.py", "--", "--"]);
        assert_eq!(args, ["--"]);
        let (_, input, args) = run_args(&["heron", "run", "--", "app.py"]);
        assert_eq!((input, args.len()), (PathBuf::from("app.py"), 0));
        assert!(Cli::try_parse_from(["heron", "run"]).is_err());
    }

    #[test]
    fn build_options_anywhere() {
        let cli =
            Cli::try_parse_from(["heron", "build", "app.py", "-j", "2", "--emit", "ir"]).unwrap();
        assert_eq!(cli.common.jobs, Some(2));
        let Command::Build(b) = cli.command else {
            panic!()
        };
        assert!(matches!(b.emit, Some(EmitArg::Ir)));
        assert!(Cli::try_parse_from(["heron", "build", "app.py", "-j", "0"]).is_err());
        assert!(Cli::try_parse_from(["heron", "build", "app.py", "--emit", "asm"]).is_err());
    }
}
