//! Reading CPython 3.11 dict keys directly, for the per-site caches.
//!
//! The layout is `Objects/dict-common.h`'s `PyDictKeysObject`: `dk_log2_index_bytes` at byte
//! 9, `dk_kind` at byte 10, `dk_nentries` at byte 24, the index table at byte 32, then the
//! entries. Unicode-only tables (`DICT_KEYS_UNICODE`, and the shared keys of instances,
//! `DICT_KEYS_SPLIT`) have `(key, value)` entries; split keys keep their values elsewhere.
//!
//! The caches use an entry index as a *hint*: a live key appears in at most one entry of a
//! combined table, so if the entry at the hint holds the very key object and a value, that
//! value is the dict's value for the key, whatever happened to the dict since. Only a wrong
//! hint costs a regular lookup.

use pyo3_ffi::*;

const DK_LOG2_INDEX_BYTES_OFFSET: usize = 9;
const DK_KIND_OFFSET: usize = 10;
const DK_NENTRIES_OFFSET: usize = 24;
const DK_INDICES_OFFSET: usize = 32;
const DICT_KEYS_UNICODE: u8 = 1;
const DICT_KEYS_SPLIT: u8 = 2;

/// The number of entries used so far (live or deleted) in `keys`.
#[inline(always)]
pub(crate) unsafe fn keys_nentries(keys: *mut u8) -> u32 {
    *(keys.add(DK_NENTRIES_OFFSET) as *const Py_ssize_t) as u32
}

/// Whether `keys` are the split (shared) keys of instance dicts.
#[inline(always)]
pub(crate) unsafe fn keys_are_split(keys: *mut u8) -> bool {
    *keys.add(DK_KIND_OFFSET) == DICT_KEYS_SPLIT
}

/// The `(key, value)` entries of unicode-only `keys`.
#[inline(always)]
unsafe fn unicode_entries(keys: *mut u8) -> *const [*mut PyObject; 2] {
    let index_bytes = 1usize << *keys.add(DK_LOG2_INDEX_BYTES_OFFSET);
    keys.add(DK_INDICES_OFFSET + index_bytes) as *const [*mut PyObject; 2]
}

/// The index of the key `name` (an exact `str`) in unicode-only or split `keys`, if present.
///
/// Attribute names are interned, so identity almost always finds it; but a key that equals
/// `name` without being the same object can get there (`obj.__dict__[''.join(...)] = ...`),
/// so equality is the fallback. Comparing exact strings runs no Python code.
pub(crate) unsafe fn keys_index(keys: *mut u8, name: *mut PyObject) -> Option<usize> {
    keys_index_by_identity(keys, name).or_else(|| {
        let entries = unicode_entries(keys);
        let n = keys_nentries(keys) as usize;
        (0..n).find(|&i| {
            let key = (*entries.add(i))[0];
            !key.is_null() && PyUnicode_CheckExact(key) != 0 && PyUnicode_Compare(key, name) == 0
        })
    })
}

/// The index of the key object `name` itself in unicode-only or split `keys`, if present.
unsafe fn keys_index_by_identity(keys: *mut u8, name: *mut PyObject) -> Option<usize> {
    let entries = unicode_entries(keys);
    let n = keys_nentries(keys) as usize;
    (0..n).find(|&i| (*entries.add(i))[0] == name)
}

/// `dict[name]` (borrowed, `NULL` if absent or on error) for an exact dict, trying the entry
/// at `*hint` first (by key identity) and updating the hint after a hashed lookup found it.
#[inline(always)]
pub(crate) unsafe fn dict_get_hinted(
    dict: *mut PyObject,
    name: *mut PyObject,
    hint: &mut usize,
) -> *mut PyObject {
    let v = dict_entry_at(dict, name, *hint);
    if !v.is_null() {
        return v;
    }
    let v = PyDict_GetItemWithError(dict, name);
    let keys = (*(dict as *mut PyDictObject)).ma_keys as *mut u8;
    if !v.is_null()
        && *keys.add(DK_KIND_OFFSET) == DICT_KEYS_UNICODE
        && let Some(i) = keys_index_by_identity(keys, name)
    {
        *hint = i;
    }
    v
}

/// The value of the entry at `hint` of an exact dict if that entry holds the key `name`
/// (borrowed), else `NULL` (no exception).
#[inline(always)]
pub(crate) unsafe fn dict_entry_at(
    dict: *mut PyObject,
    name: *mut PyObject,
    hint: usize,
) -> *mut PyObject {
    let keys = (*(dict as *mut PyDictObject)).ma_keys as *mut u8;
    if *keys.add(DK_KIND_OFFSET) != DICT_KEYS_UNICODE || hint >= keys_nentries(keys) as usize {
        return std::ptr::null_mut();
    }
    let [key, value] = *unicode_entries(keys).add(hint);
    if key == name {
        value
    } else {
        std::ptr::null_mut()
    }
}

/// Byte offset of `dk_version`, "reset to 0 by any modification to keys" (CPython's words).
const DK_VERSION_OFFSET: usize = 12;

/// The version of the key set of an exact dict (0: not versioned), as CPython 3.11's
/// `LOAD_GLOBAL_BUILTIN` uses it to prove a name is still absent from the globals.
#[inline(always)]
pub(crate) unsafe fn keys_version(dict: *mut PyObject) -> u32 {
    let keys = (*(dict as *mut PyDictObject)).ma_keys as *mut u8;
    *(keys.add(DK_VERSION_OFFSET) as *const u32)
}

/// [`keys_version`], first giving the keys a version if they have none (0 if they cannot
/// have one).
///
/// Why our own numbering: CPython's `_PyDictKeys_GetVersionForCurrentState` is not exported.
/// CPython hands out versions counting up from 2 and stops at 2³²; heron counts down from
/// 2³² − 1, so a version identifies one key set as long as the two ranges have not met
/// (billions of specializations). The shared empty keys are never versioned.
pub(crate) unsafe fn assign_keys_version(dict: *mut PyObject) -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(u32::MAX);
    let keys = (*(dict as *mut PyDictObject)).ma_keys as *mut u8;
    let version = keys.add(DK_VERSION_OFFSET) as *mut u32;
    if *version != 0 {
        return *version;
    }
    if keys_are_split(keys) || keys_nentries(keys) == 0 {
        return 0;
    }
    // Callers hold the GIL; the atomic only makes the static safe to touch.
    let v = NEXT.load(Ordering::Relaxed);
    if v < 1 << 31 {
        return 0;
    }
    NEXT.store(v - 1, Ordering::Relaxed);
    *version = v;
    v
}
