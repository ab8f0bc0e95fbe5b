//! The target CPython: what heron compiles for.
//!
//! [`TargetPython::probe`] asks the chosen interpreter (`--python`, default `python3`) once for
//! its version, extension suffix and library locations. [`ObjectModel`] answers the layout
//! questions codegen needs (where the reference count and type live, how increfs work) — the
//! one place that knows about differences between CPython versions. Everything else goes
//! through the C API.
#![deny(missing_docs)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// CPython versions heron can compile for (major, minor).
pub const SUPPORTED_VERSIONS: &[(u32, u32)] = &[(3, 11)];

/// Why the target interpreter could not be used.
#[derive(Debug, thiserror::Error)]
pub enum TargetError {
    /// The interpreter could not be started.
    #[error("cannot run Python interpreter `{python}`: {reason}")]
    NotRunnable {
        /// What was tried.
        python: String,
        /// The OS error or exit status.
        reason: String,
    },
    /// The interpreter answered something unexpected.
    #[error("cannot query Python interpreter `{python}`: {reason}")]
    BadProbe {
        /// What was tried.
        python: String,
        /// What went wrong.
        reason: String,
    },
    /// A CPython version heron does not support yet.
    #[error(
        "Python {found} at `{python}` is not supported yet; heron supports CPython {supported}"
    )]
    UnsupportedVersion {
        /// The interpreter.
        python: String,
        /// Its version.
        found: String,
        /// The supported versions, comma-separated.
        supported: String,
    },
    /// Not CPython.
    #[error("`{python}` is {implementation}, not CPython; heron compiles for CPython only")]
    NotCPython {
        /// The interpreter.
        python: String,
        /// `sys.implementation.name`.
        implementation: String,
    },
}

/// What heron knows about the target interpreter.
#[derive(Clone, Debug)]
pub struct TargetPython {
    /// Absolute path of the interpreter (`sys.executable`).
    pub executable: PathBuf,
    /// `(major, minor, micro)`.
    pub version: (u32, u32, u32),
    /// `sysconfig.get_config_var('EXT_SUFFIX')`, e.g. `.cpython-311-x86_64-linux-gnu.so`.
    pub ext_suffix: String,
    /// Directory holding libpython (`LIBDIR`).
    pub libdir: PathBuf,
    /// The libpython file name (`LDLIBRARY`), e.g. `libpython3.11.so`.
    pub ldlibrary: String,
    /// Whether libpython is a shared library (`Py_ENABLE_SHARED`).
    pub shared: bool,
    /// Extra libraries libpython needs when linking a program (`LIBS` + `SYSLIBS`).
    pub link_libs: Vec<String>,
    /// Whether this is a free-threaded build (`Py_GIL_DISABLED`).
    pub gil_disabled: bool,
}

const PROBE: &str = r#"
import sys, sysconfig
v = sysconfig.get_config_var
print("implementation", sys.implementation.name)
print("executable", sys.executable)
print("version", "%d.%d.%d" % sys.version_info[:3])
print("ext_suffix", v("EXT_SUFFIX") or "")
print("libdir", v("LIBDIR") or "")
print("ldlibrary", v("LDLIBRARY") or "")
print("shared", v("Py_ENABLE_SHARED") or 0)
print("libs", (v("LIBS") or "") + " " + (v("SYSLIBS") or ""))
print("gil_disabled", v("Py_GIL_DISABLED") or 0)
"#;

impl TargetPython {
    /// Runs `python` to learn about it. `python` may be a bare name found on `PATH`.
    pub fn probe(python: &Path) -> Result<TargetPython, TargetError> {
        let shown = python.display().to_string();
        let out = Command::new(python)
            .args(["-I", "-c", PROBE])
            .output()
            .map_err(|e| TargetError::NotRunnable {
                python: shown.clone(),
                reason: e.to_string(),
            })?;
        if !out.status.success() {
            return Err(TargetError::NotRunnable {
                python: shown,
                reason: format!(
                    "{} ({})",
                    out.status,
                    String::from_utf8_lossy(&out.stderr)
                        .lines()
                        .last()
                        .unwrap_or("")
                ),
            });
        }
        let text = String::from_utf8_lossy(&out.stdout);
        let field = |key: &str| -> Result<String, TargetError> {
            text.lines()
                .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix(' ')))
                .map(str::to_string)
                .ok_or_else(|| TargetError::BadProbe {
                    python: shown.clone(),
                    reason: format!("no `{key}` in its answer"),
                })
        };
        let implementation = field("implementation")?;
        if implementation != "cpython" {
            return Err(TargetError::NotCPython {
                python: shown,
                implementation,
            });
        }
        let version_text = field("version")?;
        let parts: Vec<u32> = version_text
            .split('.')
            .filter_map(|p| p.parse().ok())
            .collect();
        let [major, minor, micro] = parts[..] else {
            return Err(TargetError::BadProbe {
                python: shown,
                reason: format!("unreadable version `{version_text}`"),
            });
        };
        let target = TargetPython {
            executable: PathBuf::from(field("executable")?),
            version: (major, minor, micro),
            ext_suffix: field("ext_suffix")?,
            libdir: PathBuf::from(field("libdir")?),
            ldlibrary: field("ldlibrary")?,
            shared: field("shared")? == "1",
            link_libs: field("libs")?
                .split_whitespace()
                .map(str::to_string)
                .collect(),
            gil_disabled: field("gil_disabled")? == "1",
        };
        if !SUPPORTED_VERSIONS.contains(&(major, minor)) || target.gil_disabled {
            let supported = SUPPORTED_VERSIONS
                .iter()
                .map(|(a, b)| format!("{a}.{b}"))
                .collect::<Vec<_>>()
                .join(", ");
            let found = if target.gil_disabled {
                format!("{version_text} (free-threaded)")
            } else {
                version_text
            };
            return Err(TargetError::UnsupportedVersion {
                python: shown,
                found,
                supported,
            });
        }
        Ok(target)
    }

    /// `major.minor`, e.g. `3.11`.
    pub fn short_version(&self) -> String {
        format!("{}.{}", self.version.0, self.version.1)
    }

    /// The layout facts codegen needs for this interpreter.
    pub fn object_model(&self) -> ObjectModel {
        ObjectModel::for_version(self.version.0, self.version.1)
    }

    /// The path of the shared libpython, if this interpreter has one.
    pub fn libpython(&self) -> Option<PathBuf> {
        let path = self.libdir.join(&self.ldlibrary);
        (self.shared && path.exists()).then_some(path)
    }
}

/// How increfs and decrefs are done on this version.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum RefcountScheme {
    /// 3.11: a plain `Py_ssize_t` counter; `+= 1` / `-= 1`, deallocate at zero.
    Plain,
}

/// Layout facts about CPython objects that generated code relies on.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct ObjectModel {
    /// Offset of `ob_refcnt` in `PyObject`.
    pub refcnt_offset: i32,
    /// Offset of `ob_type` in `PyObject`.
    pub type_offset: i32,
    /// How reference counts are updated.
    pub refcount: RefcountScheme,
}

impl ObjectModel {
    /// The model for a CPython version. Only supported versions reach here (see
    /// [`TargetPython::probe`]); 3.12+ will add their own rows (immortal objects, new int
    /// layout) in this one place.
    pub fn for_version(_major: u32, _minor: u32) -> ObjectModel {
        ObjectModel {
            refcnt_offset: 0,
            type_offset: 8,
            refcount: RefcountScheme::Plain,
        }
    }
}
