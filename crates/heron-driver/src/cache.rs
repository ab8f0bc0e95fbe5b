//! The cache of `heron run`: programs built once per source content, heron build and target
//! interpreter.
//!
//! Layout: `<cache dir>/run/<stem>-<key>/<stem>`, where the key is a 64-bit hash of everything
//! the executable depends on: the absolute source path (`__file__`), the source bytes, heron's
//! version, the identity (size and modification time) of the `heron` executable and of the
//! runtime library (so rebuilding heron invalidates old programs), and the target interpreter
//! (`sys.executable`, version, `EXT_SUFFIX`, libpython). Entries are written by renaming a
//! finished file into place, so concurrent runs never see a half-written program. Nothing is
//! evicted yet; deleting the directory is always safe.

use heron_target::TargetPython;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// `$XDG_CACHE_HOME/heron` (when set to an absolute path), else `$HOME/.cache/heron`.
pub(crate) fn default_cache_dir() -> Option<PathBuf> {
    cache_dir_from(
        std::env::var_os("XDG_CACHE_HOME").map(PathBuf::from),
        std::env::var_os("HOME").map(PathBuf::from),
    )
}

fn cache_dir_from(xdg: Option<PathBuf>, home: Option<PathBuf>) -> Option<PathBuf> {
    match xdg {
        Some(x) if x.is_absolute() => Some(x.join("heron")),
        _ => home
            .filter(|h| !h.as_os_str().is_empty())
            .map(|h| h.join(".cache").join("heron")),
    }
}

/// Size and modification time of a file, if it can be read.
fn identity(path: &Path) -> Option<(u64, SystemTime)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), meta.modified().ok()?))
}

/// The key of a program in the cache.
pub(crate) fn key(
    absolute_source: &Path,
    source: &[u8],
    runtime: &Path,
    target: &TargetPython,
) -> u64 {
    let mut h = DefaultHasher::new();
    "heron-run-v1".hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    absolute_source.hash(&mut h);
    source.hash(&mut h);
    std::env::current_exe()
        .ok()
        .and_then(|e| identity(&e))
        .hash(&mut h);
    runtime.hash(&mut h);
    identity(runtime).hash(&mut h);
    target.executable.hash(&mut h);
    target.version.hash(&mut h);
    target.ext_suffix.hash(&mut h);
    target.libdir.hash(&mut h);
    target.ldlibrary.hash(&mut h);
    target.link_libs.hash(&mut h);
    h.finish()
}

/// Where the program for `stem` with `key` lives.
pub(crate) fn entry(cache_dir: &Path, stem: &str, key: u64) -> PathBuf {
    cache_dir
        .join("run")
        .join(format!("{stem}-{key:016x}"))
        .join(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_dir_choice() {
        let p = |s: &str| Some(PathBuf::from(s));
        assert_eq!(
            cache_dir_from(p("/x/cache"), p("/home/u")),
            p("/x/cache/heron")
        );
        assert_eq!(
            cache_dir_from(p("rel"), p("/home/u")),
            p("/home/u/.cache/heron")
        );
        assert_eq!(
            cache_dir_from(None, p("/home/u")),
            p("/home/u/.cache/heron")
        );
        assert_eq!(cache_dir_from(None, None), None);
    }

    #[test]
    fn keys_depend_on_content_and_path() {
        let t = TargetPython {
            executable: PathBuf::from("/py/bin/python3.11"),
            version: (3, 11, 7),
            ext_suffix: ".so".into(),
            libdir: PathBuf::from("/py/lib"),
            ldlibrary: "libpython3.11.so".into(),
            shared: true,
            link_libs: vec![],
            gil_disabled: false,
        };
        let rt = Path::new("/nonexistent/libheron_runtime.a");
        let a = key(Path::new("/a/app.py"), b"print(1)", rt, &t);
        assert_eq!(a, key(Path::new("/a/app.py"), b"print(1)", rt, &t));
        assert_ne!(a, key(Path::new("/a/app.py"), b"print(2)", rt, &t));
        assert_ne!(a, key(Path::new("/b/app.py"), b"print(1)", rt, &t));
        let t2 = TargetPython {
            version: (3, 11, 8),
            ..t.clone()
        };
        assert_ne!(a, key(Path::new("/a/app.py"), b"print(1)", rt, &t2));
        assert_eq!(
            entry(Path::new("/c"), "app", 0xab),
            Path::new("/c/run/app-00000000000000ab/app")
        );
    }
}
