//! Per-site caches for attribute loads, attribute stores and method calls — heron's version
//! of CPython 3.11's specialized `LOAD_ATTR_INSTANCE_VALUE`/`LOAD_ATTR_WITH_HINT`,
//! `STORE_ATTR_INSTANCE_VALUE` and `LOAD_METHOD_WITH_VALUES`/`LOAD_METHOD_NO_DICT`.
//!
//! Every call site of these helpers owns a zeroed [`SiteCache`] (see
//! `heron_ir::abi::SITE_CACHE_SIZE`) with a few entries, one per receiver type, direct-mapped
//! by the type's version tag (sites in base-class methods see several classes). A miss takes
//! the generic path and, when the receiver's type allows it, records what the lookup found.
//! CPython changes a type's version tag whenever the type or one of its bases is modified, so a
//! matching tag guarantees that attribute resolution on the type is unchanged: same
//! descriptors, same `tp_getattro`/`tp_setattro`, same shared instance keys. Entries hold
//! borrowed pointers to objects the type owns while its tag stays the same; fast paths that
//! call into them hold a reference for the duration of the call.
//!
//! Only types using the generic `tp_getattro`/`tp_setattro` are cached, and only names whose
//! class attribute (if any) is an instance of a builtin type (a function, `property`, a slot
//! member, a constant): a descriptor of a user class could gain or lose `__set__` without the
//! version tag noticing. Then:
//! - A **data descriptor** on the type wins: `__slots__` members are read and written at their
//!   offset in the instance; for others (`property`, ...) a load calls `__get__` directly.
//! - Otherwise the **instance's own attributes** come first. Instances of most classes keep
//!   them in a values array indexed like the class's shared keys
//!   (`Py_TPFLAGS_MANAGED_DICT`), until their `__dict__` is materialized (CPython does that for
//!   instances that add attributes after many instances exist, or when `__dict__` is used);
//!   the cache remembers the name's index in the shared keys, or, if absent, the keys' entry
//!   count (shared keys only grow, so an unchanged count proves it is still absent). Instances
//!   with a materialized dict are looked up in it directly (one probe, the hash is cached).
//!   A store only replaces an existing value in the values array (adding one also updates
//!   the insertion order, which is CPython's business) or writes the dict.
//! - Then the **class attribute** (a method, a constant, a non-data descriptor). A method call
//!   calls the function with the receiver prepended, without creating a bound method.
//!
//! The layout facts are CPython 3.11's (`Include/internal/pycore_object.h` and
//! `pycore_dict.h`): the values pointer is the fourth word before the object, the managed
//! dict pointer the third; `PyDictKeysObject` has `dk_nentries` at byte 24 and its index table
//! at byte 32, followed by the `(key, value)` entries of split keys.

use pyo3_ffi::*;
use std::ffi::c_int;
use std::ptr;

/// One call site's cache (zero-initialized = empty).
#[repr(C)]
pub struct SiteCache {
    entries: [Entry; CACHE_WAYS],
}

/// Entries per site.
const CACHE_WAYS: usize = 4;

/// What one entry knows about one receiver type.
#[repr(C)]
#[derive(Copy, Clone)]
struct Entry {
    /// The receiver type's `tp_version_tag` when filled (0: empty).
    version: u32,
    /// What was cached (one of the `KIND_*` constants).
    kind: u8,
    /// `NO_DICT`: instances have no attributes of their own.
    flags: u8,
    /// For instances with a materialized `__dict__`: where the name was last found among the
    /// dict's entries (CPython's `LOAD_ATTR_WITH_HINT`).
    hint: u16,
    /// The name's index in the type's shared keys, or `NO_INDEX`.
    index: u64,
    /// With `NO_INDEX`: the shared keys' entry count when the name was found absent.
    nentries: u64,
    /// The attribute found on the type (borrowed), or `NULL`.
    descr: *mut PyObject,
}

impl SiteCache {
    /// The entry for a type with version tag `version`.
    #[inline(always)]
    fn entry(&mut self, version: u32) -> &mut Entry {
        &mut self.entries[version as usize % CACHE_WAYS]
    }
}

/// Load: call the type's data descriptor.
const KIND_DATA_DESCR: u8 = 1;
/// Load or store: the instance's own attribute, else (load) the class attribute `descr`.
const KIND_INSTANCE: u8 = 2;
/// Method call: `descr` unless the instance has its own attribute of that name.
const KIND_METHOD: u8 = 3;
/// Load from a module (exact `ModuleType`): `descr` is the value, borrowed from the module's
/// dict, valid while that dict (`nentries` holds its address) has the version tag in `index`
/// (dict version tags are unique across all dicts and change on every modification).
const KIND_MODULE: u8 = 4;
/// Load or store of a `__slots__` member (`T_OBJECT_EX`): the object pointer at byte offset
/// `index` of the instance (`NULL` = unset: the generic path raises the `AttributeError`).
const KIND_SLOT: u8 = 5;

/// `T_OBJECT_EX`, the member type of `__slots__` entries.
const T_OBJECT_EX: std::ffi::c_int = 16;
/// `READONLY` member flag.
const READONLY: std::ffi::c_int = 1;

/// Flag: instances of the type have no `__dict__`.
const NO_DICT: u8 = 1;
/// `Entry::index` when the name is not in the shared keys.
const NO_INDEX: u64 = u64::MAX;

// CPython 3.11 layout facts (see the module docs).
const VALUES_POINTER_WORD: isize = -4;
const MANAGED_DICT_WORD: isize = -3;
const DK_LOG2_INDEX_BYTES_OFFSET: usize = 9;
const DK_KIND_OFFSET: usize = 10;
const DK_NENTRIES_OFFSET: usize = 24;
const DK_INDICES_OFFSET: usize = 32;
const DICT_KEYS_SPLIT: u8 = 2;
const DICT_KEYS_UNICODE: u8 = 1;

unsafe extern "C" {
    fn PyObject_GenericGetAttr(o: *mut PyObject, name: *mut PyObject) -> *mut PyObject;
    fn PyObject_GenericSetAttr(o: *mut PyObject, name: *mut PyObject, v: *mut PyObject) -> c_int;
}

/// The instance's values array, or `NULL` if it has none (its `__dict__` was materialized).
/// Only for types with `Py_TPFLAGS_MANAGED_DICT`.
#[inline(always)]
unsafe fn values_of(obj: *mut PyObject) -> *mut *mut PyObject {
    *(obj as *mut *mut *mut PyObject).offset(VALUES_POINTER_WORD)
}

/// The instance's materialized `__dict__`, or `NULL`. Only for `Py_TPFLAGS_MANAGED_DICT`.
#[inline(always)]
unsafe fn managed_dict_of(obj: *mut PyObject) -> *mut PyObject {
    *(obj as *mut *mut PyObject).offset(MANAGED_DICT_WORD)
}

/// The type's shared instance keys (`ht_cached_keys`), or `NULL`.
#[inline(always)]
unsafe fn shared_keys(tp: *mut PyTypeObject) -> *mut u8 {
    (*(tp as *mut PyHeapTypeObject)).ht_cached_keys as *mut u8
}

#[inline(always)]
unsafe fn keys_nentries(keys: *mut u8) -> u64 {
    *(keys.add(DK_NENTRIES_OFFSET) as *const Py_ssize_t) as u64
}

/// The index of `name` (by identity: attribute names are interned) in split keys, if present.
unsafe fn keys_index(keys: *mut u8, name: *mut PyObject) -> Option<usize> {
    let index_bytes = 1usize << *keys.add(DK_LOG2_INDEX_BYTES_OFFSET);
    let entries = keys.add(DK_INDICES_OFFSET + index_bytes) as *const [*mut PyObject; 2];
    let n = keys_nentries(keys) as usize;
    (0..n).find(|&i| (*entries.add(i))[0] == name)
}

/// A cacheable version tag of `tp` (after a lookup, which assigns one), or 0.
#[inline(always)]
unsafe fn version_of(tp: *mut PyTypeObject) -> u32 {
    if (*tp).tp_flags & Py_TPFLAGS_VALID_VERSION_TAG != 0 {
        (*tp).tp_version_tag
    } else {
        0
    }
}

/// The result of looking a name up among an instance's own attributes.
enum Own {
    /// Found (new reference).
    Found(*mut PyObject),
    /// Certainly absent.
    Absent,
    /// Not decidable from the cache: take the generic path.
    Unknown,
    /// The lookup raised.
    Error,
}

/// `dict[name]` (borrowed, `NULL` if absent or on error) for an exact dict, trying the entry
/// at `*hint` first (by key identity) and updating the hint after a hashed lookup found it.
#[inline(always)]
unsafe fn dict_get_hinted(
    dict: *mut PyObject,
    name: *mut PyObject,
    hint: &mut u16,
) -> *mut PyObject {
    let keys = (*(dict as *mut PyDictObject)).ma_keys as *mut u8;
    let unicode = *keys.add(DK_KIND_OFFSET) == DICT_KEYS_UNICODE;
    let index_bytes = 1usize << *keys.add(DK_LOG2_INDEX_BYTES_OFFSET);
    let entries = keys.add(DK_INDICES_OFFSET + index_bytes) as *const [*mut PyObject; 2];
    let n = keys_nentries(keys) as usize;
    let h = *hint as usize;
    if unicode && h < n {
        let [key, value] = *entries.add(h);
        if key == name && !value.is_null() {
            return value;
        }
    }
    let v = PyDict_GetItemWithError(dict, name);
    if !v.is_null()
        && unicode
        && let Some(i) = (0..n.min(u16::MAX as usize)).find(|&i| (*entries.add(i))[0] == name)
    {
        *hint = i as u16;
    }
    v
}

/// Looks `name` up among the instance's own attributes, as the entry allows.
#[inline(always)]
unsafe fn own_attribute(obj: *mut PyObject, name: *mut PyObject, e: &mut Entry) -> Own {
    if e.flags & NO_DICT != 0 {
        return Own::Absent;
    }
    let values = values_of(obj);
    if !values.is_null() {
        if e.index != NO_INDEX {
            let v = *values.add(e.index as usize);
            if v.is_null() {
                return Own::Absent;
            }
            Py_INCREF(v);
            return Own::Found(v);
        }
        let keys = shared_keys(Py_TYPE(obj));
        return if keys_nentries(keys) == e.nentries {
            Own::Absent
        } else {
            Own::Unknown
        };
    }
    let dict = managed_dict_of(obj);
    if dict.is_null() {
        return Own::Absent;
    }
    if PyDict_CheckExact(dict) == 0 {
        return Own::Unknown;
    }
    let v = dict_get_hinted(dict, name, &mut e.hint);
    if !v.is_null() {
        Py_INCREF(v);
        Own::Found(v)
    } else if PyErr_Occurred().is_null() {
        Own::Absent
    } else {
        Own::Error
    }
}

/// What a cache entry is filled for.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Purpose {
    Load,
    Store,
    Method,
}

/// Records how `name` resolves on instances like `obj` for the given use (the caller then
/// does the generic operation).
unsafe fn fill(site: &mut SiteCache, obj: *mut PyObject, name: *mut PyObject, purpose: Purpose) {
    let tp = Py_TYPE(obj);
    // Both are libpython's exported functions, so comparing addresses is meaningful.
    let generic = match purpose {
        Purpose::Store => (*tp)
            .tp_setattro
            .is_some_and(|f| std::ptr::fn_addr_eq(f, PyObject_GenericSetAttr as setattrofunc)),
        _ => (*tp)
            .tp_getattro
            .is_some_and(|f| std::ptr::fn_addr_eq(f, PyObject_GenericGetAttr as getattrofunc)),
    };
    if !generic || PyUnicode_CheckExact(name) == 0 {
        return;
    }
    let descr = crate::ffi_ext::_PyType_Lookup(tp, name);
    let version = version_of(tp);
    if version == 0 {
        return;
    }
    let e = site.entry(version);
    e.version = 0;
    let descr_type = if descr.is_null() {
        ptr::null_mut()
    } else {
        Py_TYPE(descr)
    };
    if !descr.is_null() && (*descr_type).tp_flags & Py_TPFLAGS_HEAPTYPE != 0 {
        // A user class's instance: its class can gain or lose `__get__`/`__set__` without
        // changing `tp`'s version tag.
        return;
    }
    if descr_type == &raw mut PyMemberDescr_Type && purpose != Purpose::Method {
        let member = (*(descr as *mut PyMemberDescrObject)).d_member;
        if (*member).type_code == T_OBJECT_EX
            && (purpose == Purpose::Load || (*member).flags & READONLY == 0)
        {
            e.kind = KIND_SLOT;
            e.index = (*member).offset as u64;
            e.descr = descr;
            e.version = version;
            return;
        }
    }
    if !descr.is_null() && (*descr_type).tp_descr_set.is_some() {
        // A data descriptor wins over instance attributes.
        if purpose == Purpose::Load && (*descr_type).tp_descr_get.is_some() {
            e.kind = KIND_DATA_DESCR;
            e.descr = descr;
            e.version = version;
        }
        return;
    }
    let managed = (*tp).tp_flags & Py_TPFLAGS_MANAGED_DICT != 0;
    if managed {
        let keys = shared_keys(tp);
        if keys.is_null() || *keys.add(DK_KIND_OFFSET) != DICT_KEYS_SPLIT {
            return;
        }
        match keys_index(keys, name) {
            Some(i) => e.index = i as u64,
            None => {
                e.index = NO_INDEX;
                e.nentries = keys_nentries(keys);
            }
        }
        e.flags = 0;
    } else if (*tp).tp_dictoffset == 0 {
        e.flags = NO_DICT;
        e.index = NO_INDEX;
    } else {
        return;
    }
    e.kind = match purpose {
        Purpose::Method => {
            if descr.is_null() || (*descr_type).tp_flags & Py_TPFLAGS_METHOD_DESCRIPTOR == 0 {
                return;
            }
            KIND_METHOD
        }
        _ => KIND_INSTANCE,
    };
    e.descr = descr;
    e.version = version;
}

/// The entry of `cache` for `tp` if it is filled for it.
#[inline(always)]
unsafe fn lookup<'c>(cache: *mut SiteCache, tp: *mut PyTypeObject) -> Option<&'c mut Entry> {
    let version = (*tp).tp_version_tag;
    let e = (*cache).entry(version);
    (e.version != 0 && e.version == version).then_some(e)
}

/// Applies a class attribute found by a cached lookup to `obj` (its `__get__`, if any).
#[inline(always)]
unsafe fn bind_class_attr(
    d: *mut PyObject,
    obj: *mut PyObject,
    tp: *mut PyTypeObject,
) -> *mut PyObject {
    // Held across the call: `__get__` may change the class.
    Py_INCREF(d);
    match (*Py_TYPE(d)).tp_descr_get {
        Some(get) => {
            let r = get(d, obj, tp as *mut PyObject);
            Py_DECREF(d);
            r
        }
        None => d,
    }
}

/// `obj.name` through the site's cache. New reference, or `NULL` with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_getattr_cached(
    obj: *mut PyObject,
    name: *mut PyObject,
    cache: *mut SiteCache,
) -> *mut PyObject {
    let tp = Py_TYPE(obj);
    if tp == &raw mut PyModule_Type {
        return module_attr(obj, name, &mut *cache);
    }
    if let Some(e) = lookup(cache, tp) {
        match e.kind {
            KIND_INSTANCE => match own_attribute(obj, name, e) {
                Own::Found(v) => return v,
                Own::Absent if !e.descr.is_null() => return bind_class_attr(e.descr, obj, tp),
                Own::Error => return ptr::null_mut(),
                _ => {}
            },
            KIND_DATA_DESCR => return bind_class_attr(e.descr, obj, tp),
            KIND_SLOT => {
                let v = *(obj as *mut u8)
                    .add(e.index as usize)
                    .cast::<*mut PyObject>();
                if !v.is_null() {
                    Py_INCREF(v);
                    return v;
                }
            }
            _ => {}
        }
    }
    fill(&mut *cache, obj, name, Purpose::Load);
    PyObject_GetAttr(obj, name)
}

/// `module.name` through the site's cache (see [`KIND_MODULE`]).
#[inline(always)]
unsafe fn module_attr(
    module: *mut PyObject,
    name: *mut PyObject,
    site: &mut SiteCache,
) -> *mut PyObject {
    let dict = PyModule_GetDict(module);
    let e = site.entry(0);
    if e.kind == KIND_MODULE && !dict.is_null() && e.nentries == dict as u64 {
        let version = (*(dict as *mut PyDictObject)).ma_version_tag;
        if e.index == version {
            Py_INCREF(e.descr);
            return e.descr;
        }
    }
    let v = PyObject_GetAttr(module, name);
    if !v.is_null() && !dict.is_null() && PyDict_GetItemWithError(dict, name) == v {
        e.kind = KIND_MODULE;
        e.version = 0;
        e.index = (*(dict as *mut PyDictObject)).ma_version_tag;
        e.nentries = dict as u64;
        e.descr = v;
    }
    if !PyErr_Occurred().is_null() && !v.is_null() {
        PyErr_Clear();
    }
    v
}

/// `obj.name = value` through the site's cache: 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_setattr_cached(
    obj: *mut PyObject,
    name: *mut PyObject,
    value: *mut PyObject,
    cache: *mut SiteCache,
) -> c_int {
    let tp = Py_TYPE(obj);
    if let Some(e) = lookup(cache, tp)
        && e.kind == KIND_SLOT
    {
        let slot = (obj as *mut u8)
            .add(e.index as usize)
            .cast::<*mut PyObject>();
        let old = *slot;
        Py_INCREF(value);
        *slot = value;
        crate::util::xdecref(old);
        return 0;
    }
    if let Some(e) = lookup(cache, tp)
        && e.kind == KIND_INSTANCE
        && e.flags & NO_DICT == 0
    {
        let values = values_of(obj);
        if !values.is_null() {
            if e.index != NO_INDEX {
                let slot = values.add(e.index as usize);
                let old = *slot;
                if !old.is_null() {
                    Py_INCREF(value);
                    *slot = value;
                    Py_DECREF(old);
                    return 0;
                }
            }
        } else {
            let dict = managed_dict_of(obj);
            if !dict.is_null() && PyDict_CheckExact(dict) != 0 {
                return PyDict_SetItem(dict, name, value);
            }
        }
    }
    fill(&mut *cache, obj, name, Purpose::Store);
    PyObject_SetAttr(obj, name, value)
}

/// The method `name` of `receiver` if the cache proves it is the type's method descriptor
/// (borrowed), else `NULL` (after refilling the cache; or with an exception set).
#[inline(always)]
unsafe fn cached_method(
    cache: *mut SiteCache,
    receiver: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    if let Some(e) = lookup(cache, Py_TYPE(receiver))
        && e.kind == KIND_METHOD
    {
        match own_attribute(receiver, name, e) {
            Own::Absent => return e.descr,
            Own::Found(v) => Py_DECREF(v),
            Own::Error => PyErr_Clear(),
            Own::Unknown => {}
        }
    }
    fill(&mut *cache, receiver, name, Purpose::Method);
    ptr::null_mut()
}

/// Calls a method found through a cache, holding a reference to it during the call (the
/// call may remove it from its class). `items[-1]` is writable scratch space (codegen's
/// argument arrays have a spare leading slot), so `PY_VECTORCALL_ARGUMENTS_OFFSET` is set.
#[inline(always)]
unsafe fn call_held(
    method: *mut PyObject,
    items: *const *mut PyObject,
    nargs: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    Py_INCREF(method);
    let r = PyObject_Vectorcall(
        method,
        items,
        nargs | PY_VECTORCALL_ARGUMENTS_OFFSET,
        kwnames,
    );
    Py_DECREF(method);
    r
}

/// `items[0].name(*items[1:])` through the site's cache (see
/// [`crate::calls::call_method`] for the calling convention).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_call_method_cached(
    name: *mut PyObject,
    items: *const *mut PyObject,
    n: i64,
    cache: *mut SiteCache,
) -> *mut PyObject {
    if n >= 1 {
        let method = cached_method(cache, *items, name);
        if !method.is_null() {
            return call_held(method, items, n as usize, ptr::null_mut());
        }
    }
    crate::calls::call_method(name, items, n)
}

/// As [`heron_rt_call_method_cached`], with the last `len(kwnames)` items passed by keyword.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_call_method_kw_cached(
    name: *mut PyObject,
    kwnames: *mut PyObject,
    items: *const *mut PyObject,
    n: i64,
    cache: *mut SiteCache,
) -> *mut PyObject {
    let k = if kwnames.is_null() {
        0
    } else {
        PyTuple_GET_SIZE(kwnames) as i64
    };
    if n - k >= 1 {
        let method = cached_method(cache, *items, name);
        if !method.is_null() {
            let kw = if k == 0 { ptr::null_mut() } else { kwnames };
            return call_held(method, items, (n - k) as usize, kw);
        }
    }
    crate::calls::call_method_kw(name, kwnames, items, n)
}
