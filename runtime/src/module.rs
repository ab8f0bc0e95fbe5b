//! Extension modules: the `ModuleInfo` record codegen emits and `heron_rt_module_init`, which
//! a compiled module's `PyInit_<name>` returns.
//!
//! Modules use multi-phase initialisation (PEP 489): `PyInit` only returns a `PyModuleDef`; the
//! import system creates the module object from the spec (so `__file__`, `__spec__`,
//! `__loader__` and `__path__` are set as for any extension module) and then runs the exec slot,
//! which builds the constant table and runs the compiled module body with the module's dict.

use crate::util::set_error;
use pyo3_ffi::*;
use std::ffi::{CStr, c_char, c_int, c_void};
use std::ptr;
use std::sync::Mutex;

/// The module body: `PyObject *body(PyObject *globals)`, returning a new reference to `None` or
/// `NULL` with an exception set.
pub type ModuleBody =
    unsafe extern "C" fn(*mut PyObject, *mut crate::frames::Frame) -> *mut PyObject;

/// One compiled module, exactly as `heron_ir::abi` documents it (codegen emits it as writable
/// static data, symbol `<module>.__info__`).
#[repr(C)]
pub struct ModuleInfo {
    /// `heron_ir::abi::MODULE_INFO_ABI_VERSION` at compile time.
    pub abi_version: u64,
    /// Dotted module name, NUL-terminated (`"__main__"` for programs).
    pub name: *const c_char,
    /// Serialized constants.
    pub const_blob: *const u8,
    /// Length of `const_blob` in bytes.
    pub const_blob_len: u64,
    /// Writable table of `nconsts` slots, zero-initialized.
    pub consts: *mut *mut PyObject,
    /// Number of constants.
    pub nconsts: u64,
    /// The module body.
    pub body: Option<ModuleBody>,
    /// Absolute source path, NUL-terminated.
    pub source_path: *const c_char,
    /// Programs: the target interpreter; modules: `NULL`.
    pub python_executable: *const c_char,
    /// Index of the `str` constant used as `co_filename`.
    pub filename_const: u64,
    /// The last source line of the module body (its frame code has one instruction per line).
    pub nlines: u64,
}

/// The ABI version this runtime implements (must equal `heron_ir::abi::MODULE_INFO_ABI_VERSION`).
pub const MODULE_INFO_ABI_VERSION: u64 = 5;

/// The CPython `major.minor` this runtime was compiled for.
pub const BUILT_FOR: (u32, u32) = (
    parse_u32(env!("HERON_PY_MAJOR")),
    parse_u32(env!("HERON_PY_MINOR")),
);

const fn parse_u32(s: &str) -> u32 {
    let b = s.as_bytes();
    let mut i = 0;
    let mut v = 0u32;
    while i < b.len() {
        v = v * 10 + (b[i] - b'0') as u32;
        i += 1;
    }
    v
}

/// The name of a module for messages (lossy; `?` if absent).
pub(crate) unsafe fn info_name(info: *const ModuleInfo) -> String {
    if info.is_null() || (*info).name.is_null() {
        return String::from("?");
    }
    CStr::from_ptr((*info).name).to_string_lossy().into_owned()
}

/// Checks that the running interpreter is the version the runtime was built for and that the
/// module was compiled against this runtime's ABI. Returns `false` with `ImportError` set.
pub(crate) unsafe fn check_compat(info: *const ModuleInfo) -> bool {
    let running = Py_Version as u32;
    let (major, minor) = ((running >> 24) & 0xff, (running >> 16) & 0xff);
    if (major, minor) != BUILT_FOR {
        set_error(
            PyExc_ImportError,
            &format!(
                "heron: module '{}' was compiled for Python {}.{} but is being imported by Python {}.{}; \
                 recompile it with heron for this interpreter",
                info_name(info),
                BUILT_FOR.0,
                BUILT_FOR.1,
                major,
                minor
            ),
        );
        return false;
    }
    if info.is_null() || (*info).abi_version != MODULE_INFO_ABI_VERSION {
        let found = if info.is_null() {
            0
        } else {
            (*info).abi_version
        };
        set_error(
            PyExc_ImportError,
            &format!(
                "heron: module '{}' was compiled for heron runtime ABI {} but this runtime implements ABI {}; \
                 recompile it with the matching heron",
                info_name(info),
                found,
                MODULE_INFO_ABI_VERSION
            ),
        );
        return false;
    }
    true
}

/// Builds the constant table and runs the module body against `globals` (a module dict).
/// Returns 0, or -1 with an exception set.
pub(crate) unsafe fn run_body(info: *mut ModuleInfo, globals: *mut PyObject) -> c_int {
    if crate::function::ensure_type_ready() < 0 {
        return -1;
    }
    if crate::consts::build_consts(info) < 0 {
        return -1;
    }
    let Some(body) = (*info).body else {
        set_error(PyExc_SystemError, "heron: module has no body");
        return -1;
    };
    // As `exec` does for a source module: the namespace gets `__builtins__` (the dict).
    let key = crate::interned!("__builtins__");
    if key.is_null() {
        return -1;
    }
    match PyDict_Contains(globals, key) {
        0 => {
            if PyDict_SetItem(globals, key, PyEval_GetBuiltins()) < 0 {
                return -1;
            }
        }
        1 => {}
        _ => return -1,
    }
    let filename = *(*info).consts.add((*info).filename_const as usize);
    let name = crate::interned!("<module>");
    if name.is_null() {
        return -1;
    }
    let code = crate::frames::make_frame_code(filename, name, name, 1, (*info).nlines as _);
    if code.is_null() {
        return -1;
    }
    let builtins = crate::function::builtins_from_globals(globals);
    if builtins.is_null() {
        Py_DECREF(code);
        return -1;
    }
    let mut frame = std::mem::MaybeUninit::<crate::frames::Frame>::uninit();
    let guard = crate::frames::FrameGuard::push(
        PyThreadState_Get(),
        frame.as_mut_ptr(),
        ptr::null_mut(),
        globals,
        builtins,
        code,
    );
    // The module frame counts against the recursion limit, as an interpreted one does.
    let result = if Py_EnterRecursiveCall(c" while running a module body".as_ptr()) != 0 {
        ptr::null_mut()
    } else {
        let r = body(globals, frame.as_mut_ptr());
        Py_LeaveRecursiveCall();
        r
    };
    guard.pop(frame.as_mut_ptr());
    Py_DECREF(builtins);
    Py_DECREF(code);
    if result.is_null() {
        return -1;
    }
    Py_DECREF(result);
    0
}

/// A module definition together with the info it belongs to; the exec slot finds the info by
/// casting the module's `PyModuleDef*` back to this struct.
#[repr(C)]
struct HeronModuleDef {
    def: PyModuleDef,
    slots: [PyModuleDef_Slot; 2],
    info: *mut ModuleInfo,
}

/// Definitions already created, by info address: `PyInit` runs again whenever a multi-phase
/// module is re-imported, and the definition must outlive every module created from it, so each
/// is created once and kept.
static DEFS: Mutex<Vec<(usize, usize)>> = Mutex::new(Vec::new());

unsafe extern "C" fn exec_module(module: *mut PyObject) -> c_int {
    let def = PyModule_GetDef(module);
    if def.is_null() {
        if PyErr_Occurred().is_null() {
            set_error(PyExc_SystemError, "heron: module has no definition");
        }
        return -1;
    }
    let info = (*(def as *mut HeronModuleDef)).info;
    let globals = PyModule_GetDict(module);
    if globals.is_null() {
        return -1;
    }
    if set_source_file(globals) < 0 {
        return -1;
    }
    run_body(info, globals)
}

/// Makes `__file__` name the source file the module was compiled from (`pkg/m.py` for
/// `pkg/m.cpython-311-x86_64-linux-gnu.so`), as it is when the source is imported: code that
/// compares `__file__` with the `.py` path (unittest's test discovery, tools that map
/// modules back to files) then behaves the same, when that file is there. `__spec__.origin`
/// still names the extension module.
unsafe fn set_source_file(globals: *mut PyObject) -> c_int {
    let file = PyDict_GetItemString(globals, c"__file__".as_ptr());
    if file.is_null() || PyUnicode_Check(file) == 0 {
        return 0;
    }
    let path = crate::util::str_lossy(file);
    // Only when the source is there: otherwise `__file__` keeps naming an existing file.
    let Some(source) =
        source_path_of_extension(&path).filter(|p| std::path::Path::new(p).is_file())
    else {
        return 0;
    };
    let Some(value) = crate::util::Owned::new(crate::util::str_from(&source)) else {
        return -1;
    };
    PyDict_SetItemString(globals, c"__file__".as_ptr(), value.as_ptr())
}

/// `dir/name.py` for an extension module path `dir/name.<tag>.so` (or `dir/name.so`).
fn source_path_of_extension(path: &str) -> Option<String> {
    let (dir, file) = match path.rfind('/') {
        Some(i) => (&path[..=i], &path[i + 1..]),
        None => ("", path),
    };
    let rest = file.strip_suffix(".so")?;
    let stem = rest.split('.').next()?;
    if stem.is_empty() {
        return None;
    }
    Some(format!("{dir}{stem}.py"))
}

/// `PyInit_<name>` of a compiled extension module returns `heron_rt_module_init(&info)`: a
/// `PyModuleDef` for multi-phase initialisation, or `NULL` with `ImportError` if the module does
/// not match the running interpreter or runtime.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_module_init(info: *mut ModuleInfo) -> *mut PyObject {
    if !check_compat(info) {
        return ptr::null_mut();
    }
    let key = info as usize;
    let mut defs = match DEFS.lock() {
        Ok(d) => d,
        Err(poisoned) => poisoned.into_inner(),
    };
    let def = match defs.iter().find(|(k, _)| *k == key) {
        Some(&(_, d)) => d as *mut HeronModuleDef,
        None => {
            let boxed = Box::new(HeronModuleDef {
                def: PyModuleDef {
                    m_base: PyModuleDef_HEAD_INIT,
                    m_name: (*info).name,
                    m_doc: ptr::null(),
                    m_size: 0,
                    m_methods: ptr::null_mut(),
                    m_slots: ptr::null_mut(),
                    m_traverse: None,
                    m_clear: None,
                    m_free: None,
                },
                slots: [
                    PyModuleDef_Slot {
                        slot: Py_mod_exec,
                        value: exec_module as *mut c_void,
                    },
                    PyModuleDef_Slot {
                        slot: 0,
                        value: ptr::null_mut(),
                    },
                ],
                info,
            });
            let raw = Box::into_raw(boxed);
            (*raw).def.m_slots = (*raw).slots.as_mut_ptr();
            defs.push((key, raw as usize));
            raw
        }
    };
    drop(defs);
    PyModuleDef_Init(&mut (*def).def)
}

#[cfg(test)]
mod source_path_tests {
    use super::source_path_of_extension as f;

    #[test]
    fn extension_paths_map_to_their_source() {
        assert_eq!(
            f("/a/pkg/m.cpython-311-x86_64-linux-gnu.so").as_deref(),
            Some("/a/pkg/m.py")
        );
        assert_eq!(
            f("/a/pkg/__init__.abi3.so").as_deref(),
            Some("/a/pkg/__init__.py")
        );
        assert_eq!(f("m.so").as_deref(), Some("m.py"));
        assert_eq!(f("/a/m.py"), None);
        assert_eq!(f("/a/.so"), None);
    }
}
