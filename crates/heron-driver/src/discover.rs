//! What to compile and where the results go: module names and output paths.
//!
//! - A program (`heron build app.py`) is one unit named `__main__`; its executable goes beside
//!   the source (`app.py` → `app`) unless `-o` says otherwise (`-o DIR/` puts it in `DIR`).
//! - A single module (`heron build --module m.py`) is named by its file stem, even if its
//!   directory is a package (compile the package directory to get dotted names, or give the
//!   full name with `--name pkg.m`); the extension module `m<EXT_SUFFIX>` (named by the last
//!   component of the module name) goes in the current directory or the `-o` directory.
//! - A package directory (`heron build --module pkg/`) gives one unit per `.py` file of its
//!   tree, named from the path relative to the package's parent directory (`pkg/__init__.py`
//!   is `pkg`, `pkg/sub/m.py` is `pkg.sub.m`); the outputs keep the tree's layout under the
//!   output directory (`pkg/__init__<EXT_SUFFIX>`, `pkg/sub/m<EXT_SUFFIX>`), which is where
//!   CPython's import system looks for them. `--name a.b` names the package `a.b` instead (a
//!   subpackage compiled on its own): its members are `a.b.…` and its outputs go under
//!   `b/` in the output directory. Hidden entries, `__pycache__`, and files or
//!   directories whose names are not Python identifiers (they cannot be imported as part of
//!   the package) are skipped with a warning.

use crate::{DriverError, io_reason};
use std::path::{Path, PathBuf};

/// One module to compile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    /// The source path as shown to the user (as given, or joined from what was given).
    pub(crate) path: PathBuf,
    /// The dotted module name (`__main__` for a program).
    pub(crate) module: String,
    /// Where the product (executable, extension module or object file) goes.
    pub(crate) output: PathBuf,
}

/// Whether `name` can be the name of an importable module or package (an ASCII Python
/// identifier: CPython looks for `PyInit_<name>`, and non-ASCII names would need the
/// `PyInitU_` punycode form heron does not emit).
pub(crate) fn is_module_name(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_ascii_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

/// Whether `name` is a dotted module name (`pkg.sub.m`): identifiers joined by dots.
pub(crate) fn is_dotted_name(name: &str) -> bool {
    name.split('.').all(is_module_name)
}

/// The file stem of `path` as UTF-8, if it has one.
fn stem(path: &Path) -> Option<&str> {
    path.file_stem().and_then(|s| s.to_str())
}

/// The output path of a program: `-o` if given (inside it if it is an existing directory or
/// ends with `/`), otherwise the source's stem beside the source. `ext` is appended to the name when the path
/// is computed from the source (`Some("o")` for `--emit obj`).
pub(crate) fn program_output(
    input: &Path,
    output: Option<&Path>,
    ext: Option<&str>,
) -> Result<PathBuf, DriverError> {
    let name = || {
        let mut name = input.file_stem().unwrap_or_default().to_os_string();
        if let Some(ext) = ext {
            name.push(".");
            name.push(ext);
        }
        name
    };
    let out = match output {
        Some(o) if o.is_dir() || ends_with_separator(o) => o.join(name()),
        Some(o) => o.to_path_buf(),
        None => input.with_file_name(name()),
    };
    if input.file_stem().is_none() {
        return Err(DriverError::Read {
            path: input.display().to_string(),
            reason: "not a file name".into(),
        });
    }
    Ok(out)
}

/// Whether a path is spelled as a directory (`dist/`).
fn ends_with_separator(path: &Path) -> bool {
    path.as_os_str()
        .to_string_lossy()
        .ends_with(std::path::is_separator)
}

/// The unit of a single-file module, named `name` if given, otherwise by the file's stem. The
/// output is named by the last component of the name (`__init__` for a package's
/// `__init__.py`, so that `--name pkg` on `pkg/__init__.py` gives `pkg/__init__<EXT_SUFFIX>`
/// when `-o pkg`).
pub(crate) fn single_module(
    input: &Path,
    out_dir: &Path,
    suffix: &str,
    name: Option<&str>,
) -> Result<Unit, DriverError> {
    let file_stem = stem(input).unwrap_or_default();
    let module = name.unwrap_or(file_stem).to_string();
    if !is_dotted_name(&module) || (name.is_none() && !is_module_name(&module)) {
        return Err(DriverError::BadModuleName {
            path: input.display().to_string(),
            name: module,
        });
    }
    let file = if file_stem == "__init__" && name.is_some() {
        "__init__"
    } else {
        last_component(&module)
    };
    let output = out_dir.join(format!("{file}{suffix}"));
    Ok(Unit {
        path: input.to_path_buf(),
        module,
        output,
    })
}

/// The last component of a dotted name (`m` of `pkg.m`).
fn last_component(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// The module name and output path (relative to the output directory) of a file of a package
/// tree. `rel` is the file's path relative to the package's *parent* directory, starting with
/// the package directory's name.
pub(crate) fn package_member(rel: &Path, suffix: &str) -> Option<(String, PathBuf)> {
    let mut parts: Vec<&str> = Vec::new();
    for c in rel.components() {
        parts.push(c.as_os_str().to_str()?);
    }
    let file = parts.pop()?;
    let stem = file.strip_suffix(".py")?;
    if parts.is_empty() || !parts.iter().all(|p| is_module_name(p)) || !is_module_name(stem) {
        return None;
    }
    let dir: PathBuf = parts.iter().collect();
    let (module, output) = if stem == "__init__" {
        (parts.join("."), dir.join(format!("__init__{suffix}")))
    } else {
        (
            format!("{}.{stem}", parts.join(".")),
            dir.join(format!("{stem}{suffix}")),
        )
    };
    Some((module, output))
}

/// Every module of the package tree at `dir`, sorted by path; the package is named `name` if
/// given, otherwise by the directory's name. Files that cannot be part of the package are
/// reported through `warn` and skipped.
pub(crate) fn package_units(
    dir: &Path,
    out_dir: &Path,
    suffix: &str,
    name: Option<&str>,
    warn: fn(&str),
) -> Result<Vec<Unit>, DriverError> {
    let shown = dir.display().to_string();
    let package = dir.canonicalize().map_err(|e| DriverError::Read {
        path: shown.clone(),
        reason: io_reason(&e),
    })?;
    let dotted = match name {
        Some(n) => n.to_string(),
        None => package
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string(),
    };
    if !is_dotted_name(&dotted) || (name.is_none() && !is_module_name(&dotted)) {
        return Err(DriverError::BadModuleName {
            path: shown,
            name: dotted,
        });
    }
    // Members are named and laid out from the last component; the parent packages of a
    // `--name`d package are prepended to their names.
    let top = last_component(&dotted);
    let parents = &dotted[..dotted.len() - top.len()];
    let mut files = Vec::new();
    walk(dir, Path::new(top), &mut files, warn)?;
    files.sort();
    let mut units = Vec::new();
    for (path, rel) in files {
        match package_member(&rel, suffix) {
            Some((module, output)) => units.push(Unit {
                path,
                module: format!("{parents}{module}"),
                output: out_dir.join(output),
            }),
            None => warn(&format!(
                "warning: skipping '{}': `{}` is not an importable module name",
                path.display(),
                stem(&path).unwrap_or("")
            )),
        }
    }
    if units.is_empty() {
        return Err(DriverError::NoModules { path: shown });
    }
    Ok(units)
}

/// Collects `(path, path relative to the package's parent)` of every `.py` file under `dir`.
fn walk(
    dir: &Path,
    rel: &Path,
    files: &mut Vec<(PathBuf, PathBuf)>,
    warn: fn(&str),
) -> Result<(), DriverError> {
    let read_err = |e: std::io::Error| DriverError::Read {
        path: dir.display().to_string(),
        reason: io_reason(&e),
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(read_err)?
        .collect::<Result<_, _>>()
        .map_err(read_err)?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let file_name = entry.file_name();
        let Some(name) = file_name.to_str() else {
            warn(&format!(
                "warning: skipping '{}': its name is not UTF-8",
                entry.path().display()
            ));
            continue;
        };
        if name.starts_with('.') || name == "__pycache__" {
            continue;
        }
        let path = entry.path();
        // Follow symlinks, as the import system does.
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            if !is_module_name(name) {
                // Not importable as a subpackage (e.g. `test-data`); its files cannot be
                // modules of this package, so skip it quietly unless it holds Python files.
                if contains_python(&path) {
                    warn(&format!(
                        "warning: skipping '{}': `{name}` is not an importable package name",
                        path.display()
                    ));
                }
                continue;
            }
            walk(&path, &rel.join(name), files, warn)?;
        } else if name.ends_with(".py") {
            files.push((path, rel.join(name)));
        }
    }
    Ok(())
}

/// Whether a directory tree holds any `.py` file (best effort).
fn contains_python(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        let p = e.path();
        if p.is_dir() {
            contains_python(&p)
        } else {
            p.extension().is_some_and(|x| x == "py")
        }
    })
}

/// Whether `output` would be (or replace) the file `input`.
pub(crate) fn same_file(input: &Path, output: &Path) -> bool {
    let Ok(a) = input.canonicalize() else {
        return false;
    };
    if let Ok(b) = output.canonicalize() {
        return a == b;
    }
    // The output does not exist yet (or is a dangling name): compare its would-be location.
    let parent = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match (parent.canonicalize(), output.file_name()) {
        (Ok(p), Some(name)) => p.join(name) == a,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUFFIX: &str = ".cpython-311-x86_64-linux-gnu.so";

    #[test]
    fn module_names() {
        assert!(is_module_name("m"));
        assert!(is_module_name("_private2"));
        assert!(is_module_name("__init__"));
        assert!(!is_module_name(""));
        assert!(!is_module_name("2fast"));
        assert!(!is_module_name("my-script"));
        assert!(!is_module_name("naïve"));
        assert!(!is_module_name("a.b"));
    }

    #[test]
    fn program_output_defaults_beside_source() {
        let out = program_output(Path::new("dir/app.py"), None, None).unwrap();
        assert_eq!(out, Path::new("dir/app"));
        let out = program_output(Path::new("app.py"), None, None).unwrap();
        assert_eq!(out, Path::new("app"));
        let out = program_output(Path::new("app.py"), None, Some("o")).unwrap();
        assert_eq!(out, Path::new("app.o"));
        let out = program_output(Path::new("x/app.tar.py"), None, None).unwrap();
        assert_eq!(out, Path::new("x/app.tar"));
    }

    #[test]
    fn program_output_explicit() {
        let out = program_output(Path::new("app.py"), Some(Path::new("dist/app")), None).unwrap();
        assert_eq!(out, Path::new("dist/app"));
        let dir = tempfile::tempdir().unwrap();
        let out = program_output(Path::new("src/app.py"), Some(dir.path()), None).unwrap();
        assert_eq!(out, dir.path().join("app"));
        let out = program_output(Path::new("src/app.py"), Some(Path::new("new/")), None).unwrap();
        assert_eq!(out, Path::new("new/app"));
    }

    #[test]
    fn same_file_detects_the_source() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("app");
        std::fs::write(&src, "pass\n").unwrap();
        assert!(same_file(&src, &src));
        assert!(same_file(&src, &dir.path().join(".").join("app")));
        assert!(!same_file(&src, &dir.path().join("app2")));
        let py = dir.path().join("app.py");
        std::fs::write(&py, "pass\n").unwrap();
        let out = program_output(&src, None, None).unwrap();
        assert!(
            same_file(&src, &out),
            "`app` without extension builds onto itself"
        );
        assert!(!same_file(&py, &program_output(&py, None, None).unwrap()));
    }

    #[test]
    fn single_module_uses_stem() {
        let u = single_module(Path::new("src/pkg/m.py"), Path::new("."), SUFFIX, None).unwrap();
        assert_eq!(u.module, "m");
        assert_eq!(u.output, Path::new(".").join(format!("m{SUFFIX}")));
        assert!(matches!(
            single_module(Path::new("my-mod.py"), Path::new("."), SUFFIX, None),
            Err(DriverError::BadModuleName { .. })
        ));
    }

    #[test]
    fn single_module_with_a_dotted_name() {
        let out = Path::new("out");
        let u = single_module(Path::new("src/m.py"), out, SUFFIX, Some("pkg.sub.m")).unwrap();
        assert_eq!(u.module, "pkg.sub.m");
        assert_eq!(u.output, out.join(format!("m{SUFFIX}")));
        let u = single_module(Path::new("pkg/__init__.py"), out, SUFFIX, Some("pkg")).unwrap();
        assert_eq!(u.output, out.join(format!("__init__{SUFFIX}")));
        // A dotted name may be given for a file whose stem is not an identifier.
        let u = single_module(Path::new("my-mod.py"), out, SUFFIX, Some("my_mod")).unwrap();
        assert_eq!(u.module, "my_mod");
        for bad in ["pkg..m", "pkg.", "1pkg.m", ""] {
            assert!(
                matches!(
                    single_module(Path::new("m.py"), out, SUFFIX, Some(bad)),
                    Err(DriverError::BadModuleName { .. })
                ),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn package_member_names_and_layout() {
        let (m, o) = package_member(Path::new("pkg/__init__.py"), SUFFIX).unwrap();
        assert_eq!(m, "pkg");
        assert_eq!(o, Path::new("pkg").join(format!("__init__{SUFFIX}")));
        let (m, o) = package_member(Path::new("pkg/sub/mod.py"), SUFFIX).unwrap();
        assert_eq!(m, "pkg.sub.mod");
        assert_eq!(o, Path::new("pkg/sub").join(format!("mod{SUFFIX}")));
        let (m, _) = package_member(Path::new("pkg/sub/__init__.py"), SUFFIX).unwrap();
        assert_eq!(m, "pkg.sub");
        assert_eq!(package_member(Path::new("pkg/my-script.py"), SUFFIX), None);
        assert_eq!(package_member(Path::new("pkg/data.txt"), SUFFIX), None);
        assert_eq!(package_member(Path::new("m.py"), SUFFIX), None);
    }

    fn quiet(_: &str) {}

    #[test]
    fn package_walk() {
        let dir = tempfile::tempdir().unwrap();
        let pkg = dir.path().join("pkg");
        for f in [
            "__init__.py",
            "a.py",
            "sub/__init__.py",
            "sub/b.py",
            "sub/notes.txt",
            "__pycache__/a.cpython-311.py",
            ".hidden/x.py",
            "test-data/x.py",
            "bad-name.py",
        ] {
            let p = pkg.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "pass\n").unwrap();
        }
        let out = Path::new("out");
        let units = package_units(&pkg, out, ".so", None, quiet).unwrap();
        let got: Vec<(&str, PathBuf)> = units
            .iter()
            .map(|u| (u.module.as_str(), u.output.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("pkg", out.join("pkg/__init__.so")),
                ("pkg.a", out.join("pkg/a.so")),
                ("pkg.sub", out.join("pkg/sub/__init__.so")),
                ("pkg.sub.b", out.join("pkg/sub/b.so")),
            ]
        );
        assert_eq!(units[3].path, pkg.join("sub").join("b.py"));
        // `pkg/.` names the same package.
        let units = package_units(&pkg.join("."), out, ".so", None, quiet).unwrap();
        assert_eq!(units[0].module, "pkg");
        // `--name top.inner` names a subpackage compiled on its own.
        let units = package_units(&pkg, out, ".so", Some("top.inner"), quiet).unwrap();
        assert_eq!(units[0].module, "top.inner");
        assert_eq!(units[0].output, out.join("inner/__init__.so"));
        assert_eq!(units[3].module, "top.inner.sub.b");
        assert_eq!(units[3].output, out.join("inner/sub/b.so"));
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        assert!(matches!(
            package_units(&empty, out, ".so", None, quiet),
            Err(DriverError::NoModules { .. })
        ));
    }
}
