//! Constant tables and extension-module initialisation.
#![allow(unsafe_op_in_unsafe_fn)]

mod support;

use heron_runtime::module::{ModuleInfo, heron_rt_module_init};
use heron_runtime::{consts, util};
use pyo3_ffi::*;
use std::ffi::CString;
use std::ptr;

/// Serializes constants in the `heron_ir::abi` blob format.
#[derive(Default)]
struct Blob {
    bytes: Vec<u8>,
    n: u64,
}

impl Blob {
    fn tag(&mut self, t: u8) -> u32 {
        self.bytes.push(t);
        self.n += 1;
        (self.n - 1) as u32
    }
    fn simple(&mut self, t: u8) -> u32 {
        self.tag(t)
    }
    fn int(&mut self, v: i64) -> u32 {
        let k = self.tag(b'i');
        self.bytes.extend_from_slice(&v.to_le_bytes());
        k
    }
    fn with_len(&mut self, t: u8, data: &[u8]) -> u32 {
        let k = self.tag(t);
        self.bytes
            .extend_from_slice(&(data.len() as u32).to_le_bytes());
        self.bytes.extend_from_slice(data);
        k
    }
    fn float(&mut self, v: f64) -> u32 {
        let k = self.tag(b'f');
        self.bytes.extend_from_slice(&v.to_bits().to_le_bytes());
        k
    }
    fn complex(&mut self, re: f64, im: f64) -> u32 {
        let k = self.tag(b'c');
        self.bytes.extend_from_slice(&re.to_bits().to_le_bytes());
        self.bytes.extend_from_slice(&im.to_bits().to_le_bytes());
        k
    }
    fn tuple(&mut self, items: &[u32]) -> u32 {
        let k = self.tag(b't');
        self.bytes
            .extend_from_slice(&(items.len() as u32).to_le_bytes());
        for i in items {
            self.bytes.extend_from_slice(&i.to_le_bytes());
        }
        k
    }
    /// A leaked `ModuleInfo` over this blob.
    fn into_info(
        self,
        name: &str,
        body: Option<heron_runtime::module::ModuleBody>,
    ) -> *mut ModuleInfo {
        let bytes = Box::leak(self.bytes.into_boxed_slice());
        let consts =
            Box::leak(vec![ptr::null_mut::<PyObject>(); self.n as usize].into_boxed_slice());
        Box::into_raw(Box::new(ModuleInfo {
            abi_version: heron_runtime::module::MODULE_INFO_ABI_VERSION,
            name: CString::new(name).unwrap().into_raw(),
            const_blob: bytes.as_ptr(),
            const_blob_len: bytes.len() as u64,
            consts: consts.as_mut_ptr(),
            nconsts: self.n,
            body,
            source_path: c"/src/mod.py".as_ptr(),
            python_executable: ptr::null(),
            filename_const: 0,
            nlines: 100,
        }))
    }
}

fn sample_blob() -> Blob {
    let mut b = Blob::default();
    b.simple(b'N');
    b.simple(b'T');
    b.simple(b'F');
    b.simple(b'E');
    b.int(-42);
    b.int(i64::MAX);
    b.with_len(b'I', b"123456789012345678901234567890");
    b.with_len(b'I', b"-98765432109876543210");
    b.float(1.5);
    b.float(f64::NAN);
    b.complex(2.0, -3.5);
    let s = b.with_len(b's', "héllo".as_bytes());
    b.with_len(b's', &[0xed, 0xa0, 0x80]); // lone surrogate U+D800, "surrogatepass"
    b.with_len(b'b', &[0, 1, 255]);
    let empty = b.tuple(&[]);
    b.tuple(&[0, s, empty]);
    b
}

/// The consts table as a Python tuple (new reference).
unsafe fn table_tuple(info: *mut ModuleInfo) -> *mut PyObject {
    let n = (*info).nconsts as isize;
    let t = PyTuple_New(n);
    for i in 0..n {
        PyTuple_SET_ITEM(t, i, util::new_ref(*(*info).consts.offset(i)));
    }
    t
}

unsafe fn check_in_python(obj: *mut PyObject, check: &std::ffi::CStr) {
    let main = PyImport_AddModule(c"__main__".as_ptr());
    let g = PyModule_GetDict(main);
    PyDict_SetItemString(g, c"value".as_ptr(), obj);
    let builtins = PyImport_ImportModule(c"builtins".as_ptr());
    let eval = PyObject_GetAttrString(builtins, c"eval".as_ptr());
    let src = PyUnicode_FromString(check.as_ptr());
    let args = [src, g];
    let r = PyObject_Vectorcall(eval, args.as_ptr(), 2, ptr::null_mut());
    if r.is_null() {
        panic!("{}", support::take_error());
    }
    let ok = PyObject_IsTrue(r) == 1;
    for o in [r, src, eval, builtins] {
        Py_DECREF(o);
    }
    assert!(ok, "check failed: {}", check.to_string_lossy());
}

#[test]
fn constants_decode_every_tag() {
    support::with_gil(|| unsafe {
        let info = sample_blob().into_info("m", None);
        assert_eq!(consts::build_consts(info), 0, "{}", support::take_error());
        let t = table_tuple(info);
        check_in_python(
            t,
            c"value[:9] == (None, True, False, ..., -42, 2**63-1, 123456789012345678901234567890, \
              -98765432109876543210, 1.5) and value[9] != value[9] and value[10] == complex(2, -3.5) \
              and value[11] == 'h\\xe9llo' and value[12] == '\\ud800' and value[13] == b'\\x00\\x01\\xff' \
              and value[14] == () and value[15] == (None, 'h\\xe9llo', ()) and value[15][1] is value[11]",
        );
        check_in_python(
            t,
            c"__import__('sys').intern(''.join(['h\\xe9', 'llo'])) is value[11]",
        );
        // Building again is a no-op: the same objects stay.
        let first = *(*info).consts.add(11);
        assert_eq!(consts::build_consts(info), 0);
        assert_eq!(*(*info).consts.add(11), first);
        Py_DECREF(t);
    });
}

#[test]
fn corrupt_constants_raise_system_error() {
    support::with_gil(|| unsafe {
        for bytes in [
            &b"Z"[..],
            b"s\x05\x00\x00\x00ab",
            b"t\x01\x00\x00\x00\x05\x00\x00\x00",
            b"I\x01\x00\x00\x00x",
            b"I\x00\x00\x00\x00",
        ] {
            let mut b = Blob::default();
            b.simple(b'N');
            b.bytes.extend_from_slice(bytes);
            b.n += 1;
            let info = b.into_info("m", None);
            assert_eq!(consts::build_consts(info), -1);
            assert!(PyErr_ExceptionMatches(PyExc_SystemError) != 0);
            PyErr_Clear();
            // Nothing is left half-built.
            assert!((*(*info).consts).is_null());
        }
    });
}

/// Module body: `answer = consts[4]; seen_name = __name__`, raising if `__name__ == "boom"`.
unsafe extern "C" fn module_body(
    globals: *mut PyObject,
    _frame: *mut heron_runtime::frames::Frame,
) -> *mut PyObject {
    let name = PyDict_GetItemString(globals, c"__name__".as_ptr());
    if !name.is_null() && PyUnicode_CompareWithASCIIString(name, c"boom".as_ptr()) == 0 {
        PyErr_SetString(PyExc_RuntimeError, c"body failed".as_ptr());
        return ptr::null_mut();
    }
    let info = INFO.load(std::sync::atomic::Ordering::Relaxed);
    PyDict_SetItemString(globals, c"answer".as_ptr(), *(*info).consts.add(4));
    PyDict_SetItemString(globals, c"seen_name".as_ptr(), name);
    util::py_none()
}

static INFO: std::sync::atomic::AtomicPtr<ModuleInfo> =
    std::sync::atomic::AtomicPtr::new(ptr::null_mut());

unsafe fn create_module(def: *mut PyObject, name: &std::ffi::CStr) -> *mut PyObject {
    let machinery = PyImport_ImportModule(c"importlib.machinery".as_ptr());
    let spec_cls = PyObject_GetAttrString(machinery, c"ModuleSpec".as_ptr());
    let pyname = PyUnicode_FromString(name.as_ptr());
    let args = [pyname, Py_None()];
    let spec = PyObject_Vectorcall(spec_cls, args.as_ptr(), 2, ptr::null_mut());
    let m = PyModule_FromDefAndSpec(def.cast(), spec);
    for o in [spec, pyname, spec_cls, machinery] {
        util::xdecref(o);
    }
    if m.is_null() {
        return m;
    }
    if PyModule_ExecDef(m, def.cast()) < 0 {
        Py_DECREF(m);
        return ptr::null_mut();
    }
    m
}

#[test]
fn module_init_runs_the_body_in_the_module_dict() {
    support::with_gil(|| unsafe {
        let info = sample_blob().into_info("hmod", Some(module_body));
        INFO.store(info, std::sync::atomic::Ordering::Relaxed);
        let def = heron_rt_module_init(info);
        assert!(!def.is_null(), "{}", support::take_error());
        // PyInit runs again on re-import: the same definition is returned.
        assert_eq!(heron_rt_module_init(info), def);
        let m = create_module(def, c"hmod");
        assert!(!m.is_null(), "{}", support::take_error());
        check_in_python(
            m,
            c"value.answer == -42 and value.seen_name == 'hmod' and value.__name__ == 'hmod'",
        );
        // A second module from the same definition reuses the constant table.
        let m2 = create_module(def, c"hmod");
        assert!(!m2.is_null(), "{}", support::take_error());
        check_in_python(
            m2,
            c"value.answer == -42 and value is not __import__('sys').modules.get('x')",
        );
        // A failing body makes the exec slot fail with the body's exception.
        let boom = create_module(def, c"boom");
        assert!(boom.is_null());
        assert!(PyErr_ExceptionMatches(PyExc_RuntimeError) != 0);
        PyErr_Clear();
        Py_DECREF(m);
        Py_DECREF(m2);
    });
}

#[test]
fn module_init_rejects_a_different_abi() {
    support::with_gil(|| unsafe {
        let info = sample_blob().into_info("oldmod", Some(module_body));
        (*info).abi_version = 999;
        assert!(heron_rt_module_init(info).is_null());
        let msg = support::take_error();
        assert!(
            msg.contains(
                "ImportError: heron: module 'oldmod' was compiled for heron runtime ABI 999"
            ),
            "{msg}"
        );
    });
}
