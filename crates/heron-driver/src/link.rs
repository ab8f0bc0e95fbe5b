//! Linking objects with the system C compiler (`cc`, or `$CC`).

use crate::{DriverError, io_reason};
use heron_target::TargetPython;
use std::ffi::OsString;
use std::path::Path;
use std::process::Command;

/// Libraries a Rust static library (the runtime) needs on Linux
/// (`rustc --print native-static-libs`).
const RUST_NATIVE_LIBS: &[&str] = &[
    "-lgcc_s",
    "-lutil",
    "-lrt",
    "-lpthread",
    "-lm",
    "-ldl",
    "-lc",
];

/// The linker command: `$CC` split on whitespace (so `CC="ccache gcc"` works), or `cc`.
pub(crate) fn linker_command() -> Vec<String> {
    match std::env::var("CC") {
        Ok(cc) if !cc.trim().is_empty() => cc.split_whitespace().map(str::to_string).collect(),
        _ => vec!["cc".to_string()],
    }
}

/// `-lpython3.11` for `libpython3.11.so` (also `libpython3.11d.so`, `libpython3.11.so.1.0`).
pub(crate) fn libpython_flag(ldlibrary: &str) -> Option<String> {
    let name = ldlibrary.strip_prefix("lib")?;
    let name = &name[..name.find(".so")?];
    (!name.is_empty()).then(|| format!("-l{name}"))
}

/// Arguments (after the linker command) that link a program: the object, the runtime,
/// libpython with an rpath to its directory, and the libraries both need.
pub(crate) fn program_args(
    object: &Path,
    runtime: &Path,
    output: &Path,
    target: &TargetPython,
) -> Result<Vec<OsString>, DriverError> {
    let lib = target
        .shared
        .then(|| libpython_flag(&target.ldlibrary))
        .flatten()
        .ok_or_else(|| DriverError::NotShared {
            python: target.executable.display().to_string(),
        })?;
    let mut args: Vec<OsString> = vec!["-o".into(), output.into(), object.into(), runtime.into()];
    let mut libdir = OsString::from("-L");
    libdir.push(&target.libdir);
    args.push(libdir);
    args.push(lib.into());
    let mut rpath = OsString::from("-Wl,-rpath,");
    rpath.push(&target.libdir);
    args.push(rpath);
    args.extend(target.link_libs.iter().map(OsString::from));
    args.extend(RUST_NATIVE_LIBS.iter().map(OsString::from));
    args.push("-Wl,--gc-sections".into());
    // The runtime library carries debug line tables for heron's own debugging; products don't
    // need them (symbols stay, so profilers still show `module.qualname` names).
    args.push("-Wl,--strip-debug".into());
    Ok(args)
}

/// Arguments that link an extension module: a shared object holding the object and the
/// runtime. libpython is not linked: its symbols come from the interpreter that loads the
/// module. `--exclude-libs,ALL` keeps the runtime's symbols local, so only `PyInit_<name>` (a
/// global symbol of the object) is exported.
pub(crate) fn extension_args(object: &Path, runtime: &Path, output: &Path) -> Vec<OsString> {
    let mut args: Vec<OsString> = vec![
        "-shared".into(),
        "-o".into(),
        output.into(),
        object.into(),
        runtime.into(),
        "-Wl,--gc-sections".into(),
        "-Wl,--strip-debug".into(),
        "-Wl,--exclude-libs,ALL".into(),
        "-Wl,--as-needed".into(),
    ];
    args.extend(RUST_NATIVE_LIBS.iter().map(OsString::from));
    args
}

/// Runs the linker with `args`; on failure the error shows its output.
pub(crate) fn run_linker(args: &[OsString], output_shown: &Path) -> Result<(), DriverError> {
    let cmd = linker_command();
    let linker = cmd.join(" ");
    let out = Command::new(&cmd[0])
        .args(&cmd[1..])
        .args(args)
        .output()
        .map_err(|e| DriverError::LinkerNotFound {
            linker: linker.clone(),
            reason: io_reason(&e),
        })?;
    if out.status.success() {
        return Ok(());
    }
    let mut output = String::from_utf8_lossy(&out.stderr).trim_end().to_string();
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !stdout.trim().is_empty() {
        output = format!("{}\n{output}", stdout.trim_end());
    }
    Err(DriverError::LinkFailed {
        output: output_shown.display().to_string(),
        linker,
        status: out.status.to_string(),
        stderr: output,
    })
}

/// The command line, for `-v`.
pub(crate) fn shown_command(args: &[OsString]) -> String {
    let mut s = linker_command().join(" ");
    for a in args {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn target(shared: bool) -> TargetPython {
        TargetPython {
            executable: PathBuf::from("/py/bin/python3.11"),
            version: (3, 11, 7),
            ext_suffix: ".cpython-311-x86_64-linux-gnu.so".into(),
            libdir: PathBuf::from("/py/lib"),
            ldlibrary: if shared {
                "libpython3.11.so"
            } else {
                "libpython3.11.a"
            }
            .into(),
            shared,
            link_libs: vec!["-lcrypt".into(), "-lpthread".into()],
            gil_disabled: false,
        }
    }

    fn strings(args: &[OsString]) -> Vec<String> {
        args.iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn libpython_flags() {
        assert_eq!(
            libpython_flag("libpython3.11.so").as_deref(),
            Some("-lpython3.11")
        );
        assert_eq!(
            libpython_flag("libpython3.11d.so").as_deref(),
            Some("-lpython3.11d")
        );
        assert_eq!(
            libpython_flag("libpython3.11.so.1.0").as_deref(),
            Some("-lpython3.11")
        );
        assert_eq!(libpython_flag("libpython3.11.a"), None);
        assert_eq!(libpython_flag("python3.dll"), None);
    }

    #[test]
    fn program_link_line() {
        let args = program_args(
            Path::new("/tmp/x/app.o"),
            Path::new("/h/libheron_runtime.a"),
            Path::new("out/.app.tmp"),
            &target(true),
        )
        .unwrap();
        assert_eq!(
            strings(&args),
            [
                "-o",
                "out/.app.tmp",
                "/tmp/x/app.o",
                "/h/libheron_runtime.a",
                "-L/py/lib",
                "-lpython3.11",
                "-Wl,-rpath,/py/lib",
                "-lcrypt",
                "-lpthread",
                "-lgcc_s",
                "-lutil",
                "-lrt",
                "-lpthread",
                "-lm",
                "-ldl",
                "-lc",
                "-Wl,--gc-sections",
                "-Wl,--strip-debug",
            ]
        );
    }

    #[test]
    fn program_needs_shared_libpython() {
        let err = program_args(
            Path::new("a.o"),
            Path::new("r.a"),
            Path::new("a"),
            &target(false),
        )
        .unwrap_err();
        assert!(matches!(err, DriverError::NotShared { .. }));
    }

    #[test]
    fn extension_link_line() {
        let args = strings(&extension_args(
            Path::new("m.o"),
            Path::new("r.a"),
            Path::new("m.so"),
        ));
        assert_eq!(&args[..5], ["-shared", "-o", "m.so", "m.o", "r.a"]);
        assert!(args.contains(&"-Wl,--exclude-libs,ALL".to_string()));
        assert!(!args.iter().any(|a| a.starts_with("-lpython")));
    }
}
