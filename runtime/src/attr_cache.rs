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
//! The layout facts are CPython 3.11's (`Include/internal/pycore_object.h`): the values
//! pointer is the fourth word before the object, the managed dict pointer the third (the dict
//! keys' layout is in [`crate::dict_layout`]).

use crate::dict_layout::{dict_get_hinted, keys_are_split, keys_index, keys_nentries};
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
    /// With `NO_INDEX`: the shared keys' entry count when the name was found absent (shared
    /// keys hold at most 30 names).
    nentries: u32,
    /// When `descr`'s type is a user class: that class's version tag when filled (whether
    /// `descr` is a descriptor, and which kind, depends on it); 0 for builtin types.
    descr_version: u32,
    /// The name's index in the type's shared keys, or `NO_INDEX`.
    index: u64,
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
/// dict, valid while the module's dict has the version tag in `index` (dict version tags are
/// unique across all dicts and change on every modification, so the tag also proves which
/// dict it is).
const KIND_MODULE: u8 = 4;
/// Load or store of a `__slots__` member (`T_OBJECT_EX`): the object pointer at byte offset
/// `index` of the instance (`NULL` = unset: the generic path raises the `AttributeError`).
const KIND_SLOT: u8 = 5;
/// Load from, or method call on, a class whose metatype is exactly `type`: `descr` is the
/// attribute found on the class. The entry is keyed by the class's own version tag (tags are
/// unique across types, so it cannot be confused with an entry for the class's instances).
const KIND_CLASS_ATTR: u8 = 6;

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

/// Records that the values array now holds the attribute at `index` (CPython 3.11's
/// `_PyDictValues_AddToInsertionOrder`).
///
/// The bytes just before a values array are its insertion order: the last byte before it is
/// the prefix size, the one before that the number of attributes set, and the byte `3 + i`
/// before the array the shared-keys index of the `i`-th attribute set.
#[inline(always)]
unsafe fn add_to_insertion_order(values: *mut *mut PyObject, index: u8) {
    let size_ptr = (values as *mut u8).sub(2);
    let size = *size_ptr + 1;
    *size_ptr.sub(size as usize) = index;
    *size_ptr = size;
}

/// Stores `value` at `index` of a values array (CPython's `STORE_ATTR_INSTANCE_VALUE`: a new
/// attribute is also appended to the values' insertion order).
#[inline(always)]
unsafe fn store_value(values: *mut *mut PyObject, index: usize, value: *mut PyObject) {
    let slot = values.add(index);
    let old = *slot;
    Py_INCREF(value);
    *slot = value;
    if old.is_null() {
        add_to_insertion_order(values, index as u8);
    } else {
        Py_DECREF(old);
    }
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
    // Held during the lookup, which may run a key's `__eq__` (that could replace the
    // instance's `__dict__`).
    Py_INCREF(dict);
    let mut hint = usize::from(e.hint);
    let v = dict_get_hinted(dict, name, &mut hint);
    e.hint = hint.try_into().unwrap_or(u16::MAX);
    let own = if !v.is_null() {
        Py_INCREF(v);
        Own::Found(v)
    } else if PyErr_Occurred().is_null() {
        Own::Absent
    } else {
        Own::Error
    };
    Py_DECREF(dict);
    own
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
    let Some(descr_version) = descr_type_version(descr, name) else {
        return;
    };
    let e = site.entry(version);
    e.version = 0;
    e.kind = 0;
    e.descr_version = descr_version;
    let descr_type = if descr.is_null() {
        ptr::null_mut()
    } else {
        Py_TYPE(descr)
    };
    if descr_type == &raw mut PyMemberDescr_Type && purpose != Purpose::Method {
        let member = (*(descr as *mut PyMemberDescrObject)).d_member;
        // A slot of another class (`borrowed = Other.slot`) does not apply to these
        // instances: the generic operation raises `TypeError`, so nothing is cached.
        let owner = (*(descr as *mut PyMemberDescrObject)).d_common.d_type;
        if (*member).type_code == T_OBJECT_EX
            && (purpose == Purpose::Load || (*member).flags & READONLY == 0)
            && PyType_IsSubtype(tp, owner) != 0
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
        if keys.is_null() || !keys_are_split(keys) {
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

/// What [`Entry::descr_version`] must be for `descr` (`NULL` allowed), or `None` if its type
/// has no version tag.
///
/// Why: an instance of a user class found on a type may gain or lose `__get__`/`__set__`
/// through its own class, which does not change the version tag of the type it was found on.
unsafe fn descr_type_version(descr: *mut PyObject, name: *mut PyObject) -> Option<u32> {
    if descr.is_null() {
        return Some(0);
    }
    let t = Py_TYPE(descr);
    if (*t).tp_flags & Py_TPFLAGS_HEAPTYPE == 0 {
        return Some(0);
    }
    // A lookup assigns the type a version tag if it has none.
    crate::ffi_ext::_PyType_Lookup(t, name);
    match version_of(t) {
        0 => None,
        v => Some(v),
    }
}

/// The entry of `cache` for `tp` if it is filled for it (and its attribute's type, if a user
/// class, is unchanged).
#[inline(always)]
unsafe fn lookup<'c>(cache: *mut SiteCache, tp: *mut PyTypeObject) -> Option<&'c mut Entry> {
    let version = (*tp).tp_version_tag;
    let e = (*cache).entry(version);
    (e.version != 0
        && e.version == version
        && (e.descr_version == 0 || (*Py_TYPE(e.descr)).tp_version_tag == e.descr_version))
        .then_some(e)
}

/// Records what `cls.name` finds when the metatype of `cls` is exactly `type` and `type`
/// itself has no attribute `name` (so `type_getattro` goes straight to the class's MRO).
unsafe fn fill_class(site: &mut SiteCache, cls: *mut PyTypeObject, name: *mut PyObject) {
    if PyUnicode_CheckExact(name) == 0
        || !crate::ffi_ext::_PyType_Lookup(&raw mut PyType_Type, name).is_null()
    {
        return;
    }
    let descr = crate::ffi_ext::_PyType_Lookup(cls, name);
    let version = version_of(cls);
    if descr.is_null() || version == 0 {
        return;
    }
    let Some(descr_version) = descr_type_version(descr, name) else {
        return;
    };
    let e = site.entry(version);
    e.kind = KIND_CLASS_ATTR;
    e.descr = descr;
    e.descr_version = descr_version;
    e.version = version;
}

/// `cls.name` for a class whose metatype is exactly `type`, through the site's cache.
#[inline(always)]
unsafe fn class_attr(
    cls: *mut PyObject,
    name: *mut PyObject,
    cache: *mut SiteCache,
) -> *mut PyObject {
    let ct = cls as *mut PyTypeObject;
    if let Some(e) = lookup(cache, ct)
        && e.kind == KIND_CLASS_ATTR
    {
        return bind_class_attr(e.descr, ptr::null_mut(), ct);
    }
    fill_class(&mut *cache, ct, name);
    PyObject_GetAttr(cls, name)
}

/// Applies a class attribute found by a cached lookup to `obj` (its `__get__`, if any; `obj`
/// is `NULL` when the attribute is looked up on the class `tp` itself).
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
    // The most common cases first, in a leaf that needs no stack frame: an attribute held in
    // the instance's values array, or found at the hinted entry of its materialized dict.
    if let Some(e) = instance_entry(cache, obj) {
        let values = values_of(obj);
        let v = if !values.is_null() {
            if e.index == NO_INDEX {
                ptr::null_mut()
            } else {
                *values.add(e.index as usize)
            }
        } else {
            let dict = managed_dict_of(obj);
            if !dict.is_null() && PyDict_CheckExact(dict) != 0 {
                crate::dict_layout::dict_entry_at(dict, name, usize::from(e.hint))
            } else {
                ptr::null_mut()
            }
        };
        if !v.is_null() {
            Py_INCREF(v);
            return v;
        }
    }
    getattr_cached_general(obj, name, cache)
}

/// The entry of `cache` for `obj`'s type if it is filled for the instances' own attributes
/// (in a values array or a materialized dict) and the class attribute of that name, if any,
/// is not a user-class instance.
#[inline(always)]
unsafe fn instance_entry<'c>(cache: *mut SiteCache, obj: *mut PyObject) -> Option<&'c Entry> {
    let version = (*Py_TYPE(obj)).tp_version_tag;
    let e = &(*cache).entries[version as usize % CACHE_WAYS];
    (e.version == version
        && version != 0
        && e.kind == KIND_INSTANCE
        && e.flags & NO_DICT == 0
        && e.descr_version == 0)
        .then_some(e)
}

/// [`heron_rt_getattr_cached`] beyond its first cases.
#[inline(never)]
unsafe fn getattr_cached_general(
    obj: *mut PyObject,
    name: *mut PyObject,
    cache: *mut SiteCache,
) -> *mut PyObject {
    let tp = Py_TYPE(obj);
    if tp == &raw mut PyModule_Type {
        return module_attr(obj, name, &mut *cache);
    }
    if tp == &raw mut PyType_Type {
        return class_attr(obj, name, cache);
    }
    if let Some(e) = lookup(cache, tp) {
        match e.kind {
            KIND_INSTANCE => {
                // Held across the instance lookup, which may run code that changes the class
                // (CPython's generic getattr holds the class attribute the same way).
                let descr = e.descr;
                crate::util::xincref(descr);
                let r = match own_attribute(obj, name, e) {
                    Own::Found(v) => Some(v),
                    Own::Absent if !descr.is_null() => Some(bind_class_attr(descr, obj, tp)),
                    Own::Error => Some(ptr::null_mut()),
                    _ => None,
                };
                crate::util::xdecref(descr);
                if let Some(r) = r {
                    return r;
                }
            }
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
    if e.kind == KIND_MODULE && !dict.is_null() {
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
        e.descr_version = 0;
        e.index = (*(dict as *mut PyDictObject)).ma_version_tag;
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
    // As for loads, the common case without a stack frame.
    if let Some(e) = instance_entry(cache, obj)
        && e.index != NO_INDEX
    {
        let values = values_of(obj);
        if !values.is_null() {
            store_value(values, e.index as usize, value);
            return 0;
        }
    }
    setattr_cached_general(obj, name, value, cache)
}

/// [`heron_rt_setattr_cached`] beyond its first case.
#[inline(never)]
unsafe fn setattr_cached_general(
    obj: *mut PyObject,
    name: *mut PyObject,
    value: *mut PyObject,
    cache: *mut SiteCache,
) -> c_int {
    match lookup(cache, Py_TYPE(obj)) {
        Some(e) if e.kind == KIND_SLOT => {
            let slot = (obj as *mut u8)
                .add(e.index as usize)
                .cast::<*mut PyObject>();
            let old = *slot;
            Py_INCREF(value);
            *slot = value;
            crate::util::xdecref(old);
            return 0;
        }
        Some(e) if e.kind == KIND_INSTANCE && e.flags & NO_DICT == 0 => {
            let values = values_of(obj);
            if values.is_null() {
                let dict = managed_dict_of(obj);
                if !dict.is_null() && PyDict_CheckExact(dict) != 0 {
                    return PyDict_SetItem(dict, name, value);
                }
            } else if e.index != NO_INDEX {
                store_value(values, e.index as usize, value);
                return 0;
            }
        }
        _ => {}
    }
    fill(&mut *cache, obj, name, Purpose::Store);
    PyObject_SetAttr(obj, name, value)
}

/// The method `name` of `receiver` if the cache proves it is the type's method descriptor
/// (a new reference), else `NULL` (after refilling the cache).
#[inline(always)]
unsafe fn cached_method(
    cache: *mut SiteCache,
    receiver: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    if let Some(e) = lookup(cache, Py_TYPE(receiver))
        && e.kind == KIND_METHOD
    {
        // Held across the instance lookup, which may run code that changes the class.
        let descr = e.descr;
        Py_INCREF(descr);
        match own_attribute(receiver, name, e) {
            Own::Absent => return descr,
            Own::Found(v) => Py_DECREF(v),
            Own::Error => PyErr_Clear(),
            Own::Unknown => {}
        }
        Py_DECREF(descr);
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
    call_owned(method, items, nargs, kwnames)
}

/// [`call_held`] for a method the caller already holds a reference to (released here).
#[inline(always)]
unsafe fn call_owned(
    method: *mut PyObject,
    items: *const *mut PyObject,
    nargs: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    let r = crate::calls::vectorcall(
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
    if n >= 1
        && let Some(r) = call_cached(cache, name, items, n as usize, ptr::null_mut())
    {
        if r.is_null() {
            return crate::calls::method_call_failed(name, items, n as usize);
        }
        return r;
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
    let (k, kw) = crate::calls::split_kwnames(kwnames);
    if n - k as i64 >= 1
        && let Some(r) = call_cached(cache, name, items, (n - k as i64) as usize, kw)
    {
        return r;
    }
    crate::calls::call_method_kw(name, kwnames, items, n)
}

/// `items[0].name(*items[1:nargs], **kw)` when the cache knows what `name` is for the receiver
/// (a method of its type, or a function of a class receiver); `None`: take the generic path.
#[inline(always)]
unsafe fn call_cached(
    cache: *mut SiteCache,
    name: *mut PyObject,
    items: *const *mut PyObject,
    nargs: usize,
    kwnames: *mut PyObject,
) -> Option<*mut PyObject> {
    if Py_TYPE(*items) == &raw mut PyType_Type {
        return call_on_class(cache, name, items, nargs, kwnames);
    }
    let method = cached_method(cache, *items, name);
    (!method.is_null()).then(|| call_owned(method, items, nargs, kwnames))
}

/// `cls.name(*items[1:])` where `items[0]` is a class whose metatype is exactly `type`, when
/// the cache knows `name` is a function, `staticmethod` or `classmethod` of it: calls the
/// function directly (with the class prepended for a classmethod) instead of creating a bound
/// method. Otherwise `None` (after refilling the cache if it missed).
#[inline(always)]
unsafe fn call_on_class(
    cache: *mut SiteCache,
    name: *mut PyObject,
    items: *const *mut PyObject,
    nargs: usize,
    kwnames: *mut PyObject,
) -> Option<*mut PyObject> {
    let cls = *items as *mut PyTypeObject;
    let Some(e) = lookup(cache, cls).filter(|e| e.kind == KIND_CLASS_ATTR) else {
        fill_class(&mut *cache, cls, name);
        return None;
    };
    let d = e.descr;
    let dt = Py_TYPE(d);
    let plain_function =
        |f: *mut PyObject| crate::function::is_heron_function(f) || PyFunction_Check(f) != 0;
    if dt == &raw mut PyClassMethod_Type {
        // `classmethod.__get__` binds its callable to the class (3.11 also chains `__get__`
        // for other callables, so only plain functions are called directly).
        let callable = (*(d as *mut WrappedCallable)).callable;
        // `NULL` in an uninitialized `classmethod` (the generic path raises CPython's error).
        if !callable.is_null() && plain_function(callable) {
            return Some(call_held(callable, items, nargs, kwnames));
        }
    } else if dt == &raw mut PyStaticMethod_Type {
        let callable = (*(d as *mut WrappedCallable)).callable;
        if !callable.is_null() {
            return Some(call_held(callable, items.add(1), nargs - 1, kwnames));
        }
    } else if plain_function(d) {
        // A function looked up on a class is itself.
        return Some(call_held(d, items.add(1), nargs - 1, kwnames));
    }
    None
}

/// The layout of `classmethod` and `staticmethod` objects (`cm_callable`/`sm_callable` in
/// CPython's `Objects/funcobject.c`).
#[repr(C)]
struct WrappedCallable {
    ob_base: PyObject,
    callable: *mut PyObject,
}
