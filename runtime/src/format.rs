//! f-string replacement fields: `f"{value!r:>{width}}"` becomes one [`heron_rt_format_value`]
//! call per field (conversion, then `format(value, spec)`), and the pieces are joined by
//! `heron_rt_build_string`.

use crate::util::{Owned, new_ref};
use pyo3_ffi::*;
use std::ptr;

/// `format(conv(value), spec)`: `conversion` is the ASCII code of `s`, `r` or `a` (`str`,
/// `repr`, `ascii`) or -1 for none; `spec` (a `str`) may be `NULL` for no format spec. An exact
/// `str` with no spec is returned as is, as CPython does.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_format_value(
    value: *mut PyObject,
    conversion: i64,
    spec: *mut PyObject,
) -> *mut PyObject {
    let converted = match u8::try_from(conversion).ok() {
        Some(b's') => PyObject_Str(value),
        Some(b'r') => PyObject_Repr(value),
        Some(b'a') => PyObject_ASCII(value),
        _ => new_ref(value),
    };
    let Some(v) = Owned::new(converted) else {
        return ptr::null_mut();
    };
    if spec.is_null() && PyUnicode_CheckExact(v.as_ptr()) != 0 {
        return v.into_ptr();
    }
    // `PyObject_Format` treats a `NULL` spec as the empty string.
    PyObject_Format(v.as_ptr(), spec)
}
