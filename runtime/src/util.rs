//! Small helpers shared by every part of the runtime: reference counting, `None`, interned
//! names, error raising with Rust-formatted messages, and an owning pointer guard.
//!
//! The runtime is compiled once per CPython version, so the inline refcount functions of
//! pyo3-ffi match the interpreter's object layout.

use pyo3_ffi::*;
use std::ffi::{CStr, c_char};
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

/// `Py_INCREF(o)`.
#[inline(always)]
pub unsafe fn incref(o: *mut PyObject) {
    Py_INCREF(o);
}

/// `Py_DECREF(o)`.
#[inline(always)]
pub unsafe fn decref(o: *mut PyObject) {
    Py_DECREF(o);
}

/// `Py_XINCREF(o)`: does nothing for `NULL`.
#[inline(always)]
pub unsafe fn xincref(o: *mut PyObject) {
    if !o.is_null() {
        Py_INCREF(o);
    }
}

/// `Py_XDECREF(o)`: does nothing for `NULL`.
#[inline(always)]
pub unsafe fn xdecref(o: *mut PyObject) {
    if !o.is_null() {
        Py_DECREF(o);
    }
}

/// Returns a new reference to `o` (`Py_NewRef`).
#[inline(always)]
pub unsafe fn new_ref(o: *mut PyObject) -> *mut PyObject {
    Py_INCREF(o);
    o
}

/// Returns a new reference to `o`, or `NULL` for `NULL` (`Py_XNewRef`).
#[inline(always)]
pub unsafe fn xnew_ref(o: *mut PyObject) -> *mut PyObject {
    xincref(o);
    o
}

/// `None`, borrowed.
#[inline(always)]
pub unsafe fn none() -> *mut PyObject {
    Py_None()
}

/// A new reference to `None`.
#[inline(always)]
pub unsafe fn py_none() -> *mut PyObject {
    new_ref(Py_None())
}

/// A new reference to `True` or `False`.
#[inline(always)]
pub unsafe fn py_bool(b: bool) -> *mut PyObject {
    new_ref(if b { Py_True() } else { Py_False() })
}

/// Replaces `*slot` with `value` (a reference the slot takes over) and releases the old one.
#[inline]
pub unsafe fn replace_slot(slot: *mut *mut PyObject, value: *mut PyObject) {
    let old = *slot;
    *slot = value;
    xdecref(old);
}

/// Clears `*slot` (sets it to `NULL`, then releases the old value), as `Py_CLEAR`.
#[inline]
pub unsafe fn clear_slot(slot: *mut *mut PyObject) {
    replace_slot(slot, ptr::null_mut());
}

/// Views a variadic argument array `(items, n)` as a slice; `NULL`/0 gives an empty slice.
#[inline(always)]
pub unsafe fn args_slice<'a>(items: *const *mut PyObject, n: i64) -> &'a [*mut PyObject] {
    if items.is_null() || n <= 0 {
        &[]
    } else {
        std::slice::from_raw_parts(items, n as usize)
    }
}

/// A new `str` from Rust text (`NULL` with an exception on failure).
pub unsafe fn str_from(s: &str) -> *mut PyObject {
    PyUnicode_FromStringAndSize(s.as_ptr() as *const c_char, s.len() as Py_ssize_t)
}

/// Raises `exc_type` with a message given as Rust text. Always returns `NULL` for convenience.
#[cold]
pub unsafe fn set_error(exc_type: *mut PyObject, msg: &str) -> *mut PyObject {
    let m = str_from(msg);
    if !m.is_null() {
        PyErr_SetObject(exc_type, m);
        Py_DECREF(m);
    }
    ptr::null_mut()
}

/// Raises `TypeError(msg)`; returns `NULL`.
#[cold]
pub unsafe fn type_error(msg: &str) -> *mut PyObject {
    set_error(PyExc_TypeError, msg)
}

/// The Rust text of a `str` object; lone surrogates and non-`str` objects give lossy text
/// (never fails, never leaves an exception set).
pub unsafe fn str_lossy(o: *mut PyObject) -> String {
    if o.is_null() || PyUnicode_Check(o) == 0 {
        return String::new();
    }
    let mut len: Py_ssize_t = 0;
    let p = PyUnicode_AsUTF8AndSize(o, &mut len);
    if p.is_null() {
        PyErr_Clear();
        let b = PyUnicode_AsEncodedString(o, c"utf-8".as_ptr(), c"replace".as_ptr());
        if b.is_null() {
            PyErr_Clear();
            return String::new();
        }
        let s = String::from_utf8_lossy(std::slice::from_raw_parts(
            PyBytes_AsString(b) as *const u8,
            PyBytes_Size(b) as usize,
        ))
        .into_owned();
        Py_DECREF(b);
        return s;
    }
    String::from_utf8_lossy(std::slice::from_raw_parts(p as *const u8, len as usize)).into_owned()
}

/// `repr(o)` as Rust text for messages (CPython's `%R`); `?` if `repr` raises (the exception
/// is cleared).
pub unsafe fn repr_lossy(o: *mut PyObject) -> String {
    let r = PyObject_Repr(o);
    if r.is_null() {
        PyErr_Clear();
        return String::from("?");
    }
    let s = str_lossy(r);
    Py_DECREF(r);
    s
}

/// The `tp_name` of `o`'s type, as CPython prints it in messages like `'int' object is not
/// callable`.
pub unsafe fn type_name(o: *mut PyObject) -> String {
    type_name_of(Py_TYPE(o))
}

/// The `tp_name` of a type object.
pub unsafe fn type_name_of(t: *mut PyTypeObject) -> String {
    if t.is_null() || (*t).tp_name.is_null() {
        return String::from("?");
    }
    CStr::from_ptr((*t).tp_name).to_string_lossy().into_owned()
}

/// A lazily created, interned `str` that lives for the rest of the process (it is never
/// released). Use through the [`interned!`](crate::interned) macro.
pub struct Interned {
    ptr: AtomicPtr<PyObject>,
    text: &'static str,
}

impl Interned {
    /// `text` must end with a NUL byte (the macro adds it).
    pub const fn new(text: &'static str) -> Self {
        Interned {
            ptr: AtomicPtr::new(ptr::null_mut()),
            text,
        }
    }

    /// The interned string (borrowed), or `NULL` with an exception if it could not be created.
    #[inline(always)]
    pub unsafe fn get(&self) -> *mut PyObject {
        let p = self.ptr.load(Ordering::Relaxed);
        if !p.is_null() {
            return p;
        }
        self.create()
    }

    #[cold]
    unsafe fn create(&self) -> *mut PyObject {
        let p = PyUnicode_InternFromString(self.text.as_ptr() as *const c_char);
        if !p.is_null() {
            self.ptr.store(p, Ordering::Relaxed);
        }
        p
    }
}

/// `interned!("name")` → a borrowed, interned, immortal-for-our-purposes `str` object
/// (`*mut PyObject`, `NULL` only if allocation failed). Must be called with the GIL held.
#[macro_export]
macro_rules! interned {
    ($s:literal) => {{
        static I: $crate::util::Interned = $crate::util::Interned::new(concat!($s, "\0"));
        I.get()
    }};
}

/// An owned (strong) reference, released on drop. Helps keep early-return error paths tidy.
pub struct Owned(*mut PyObject);

impl Owned {
    /// Takes ownership of a new reference; `None` for `NULL` (an error is then set).
    #[inline(always)]
    pub unsafe fn new(p: *mut PyObject) -> Option<Owned> {
        if p.is_null() { None } else { Some(Owned(p)) }
    }

    /// Takes a new reference to a borrowed non-`NULL` object.
    #[inline(always)]
    pub unsafe fn from_borrowed(p: *mut PyObject) -> Owned {
        Py_INCREF(p);
        Owned(p)
    }

    /// The pointer (still owned by `self`).
    #[inline(always)]
    pub fn as_ptr(&self) -> *mut PyObject {
        self.0
    }

    /// Gives up ownership and returns the reference.
    #[inline(always)]
    pub fn into_ptr(self) -> *mut PyObject {
        let p = self.0;
        std::mem::forget(self);
        p
    }
}

impl Drop for Owned {
    fn drop(&mut self) {
        // SAFETY: `Owned` only ever holds a valid strong reference, and the runtime only runs
        // with the GIL held.
        unsafe { Py_DECREF(self.0) }
    }
}

/// `code.replace(**{key: value for key, value in entries})`; entries whose value is `NULL` are
/// skipped. New reference, or `NULL` with an exception set. Borrows everything.
pub unsafe fn code_replace(
    code: *mut PyObject,
    entries: &[(&std::ffi::CStr, *mut PyObject)],
) -> *mut PyObject {
    let kwargs = PyDict_New();
    if kwargs.is_null() {
        return ptr::null_mut();
    }
    for (key, value) in entries {
        if !value.is_null() && PyDict_SetItemString(kwargs, key.as_ptr(), *value) < 0 {
            Py_DECREF(kwargs);
            return ptr::null_mut();
        }
    }
    let mut result = ptr::null_mut();
    let replace = PyObject_GetAttrString(code, c"replace".as_ptr());
    if !replace.is_null() {
        let args = PyTuple_New(0);
        if !args.is_null() {
            result = PyObject_Call(replace, args, kwargs);
            Py_DECREF(args);
        }
        Py_DECREF(replace);
    }
    Py_DECREF(kwargs);
    result
}

/// A process-wide cache of Python objects keyed by object addresses (plus whatever else `K`
/// holds). A Rust map rather than a dict: a dict lookup may compare keys, which raises
/// `RecursionError` at the recursion limit, where the runtime's caches must still work. Each
/// entry owns a reference to its value and to the key objects passed to [`ObjectCache::insert`]
/// (so their addresses are never reused). The lock is never held while Python code runs.
pub struct ObjectCache<K>(std::sync::Mutex<Option<std::collections::HashMap<K, usize>>>);

impl<K: std::hash::Hash + Eq + Copy> Default for ObjectCache<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: std::hash::Hash + Eq + Copy> ObjectCache<K> {
    /// An empty cache.
    pub const fn new() -> Self {
        ObjectCache(std::sync::Mutex::new(None))
    }

    /// The cached value for `key` (a new reference), or `NULL`.
    pub unsafe fn get(&self, key: K) -> *mut PyObject {
        let cache = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match cache.as_ref().and_then(|m| m.get(&key)) {
            Some(&value) => new_ref(value as *mut PyObject),
            None => ptr::null_mut(),
        }
    }

    /// Caches `value` (a new reference, consumed) for `key`, keeping `key_objects` alive, and
    /// returns the cached value (a new reference): `value`, or the one another caller
    /// inserted meanwhile.
    pub unsafe fn insert(
        &self,
        key: K,
        value: *mut PyObject,
        key_objects: &[*mut PyObject],
    ) -> *mut PyObject {
        let mut cache = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let map = cache.get_or_insert_with(std::collections::HashMap::new);
        if let Some(&existing) = map.get(&key) {
            Py_DECREF(value);
            return new_ref(existing as *mut PyObject);
        }
        for &o in key_objects {
            Py_INCREF(o);
        }
        map.insert(key, new_ref(value) as usize);
        value
    }
}

/// A `PyGetSetDef` row (no docstring, no closure), for the static tables of heron's types.
pub const fn getset(
    name: &'static std::ffi::CStr,
    get: Option<getter>,
    set: Option<setter>,
) -> PyGetSetDef {
    PyGetSetDef {
        name: name.as_ptr(),
        get,
        set,
        doc: ptr::null(),
        closure: ptr::null_mut(),
    }
}

/// The sentinel row ending a `PyGetSetDef` table.
pub const GETSET_END: PyGetSetDef = PyGetSetDef {
    name: ptr::null(),
    get: None,
    set: None,
    doc: ptr::null(),
    closure: ptr::null_mut(),
};

/// A `PyMethodDef` row (no docstring), for the static tables of heron's types.
pub const fn method(
    name: &'static std::ffi::CStr,
    meth: PyMethodDefPointer,
    flags: std::ffi::c_int,
) -> PyMethodDef {
    PyMethodDef {
        ml_name: name.as_ptr(),
        ml_meth: meth,
        ml_flags: flags,
        ml_doc: ptr::null(),
    }
}

/// The sentinel row ending a `PyMethodDef` table.
pub const METHOD_END: PyMethodDef = PyMethodDef::zeroed();
