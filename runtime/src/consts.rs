//! The per-module constant table.
//!
//! Codegen serializes every constant of a module (literals, names, function specs) into one
//! blob (format in `heron_ir::abi`) and reserves a zeroed table of `PyObject*` slots. When the
//! module is executed the first time, [`build_consts`] decodes the blob into the table; the
//! objects then live for the rest of the process (generated code only ever borrows them), so a
//! second execution of the same module (re-import after `del sys.modules[...]`) reuses the table
//! instead of decoding again.

use crate::module::ModuleInfo;
use crate::util::set_error;
use pyo3_ffi::*;
use std::ffi::{c_char, c_int};

/// Decodes `info`'s constant blob into its `consts` table, unless that was already done.
/// Returns 0, or -1 with an exception set (the table is then left empty, so a later attempt starts
/// over).
pub unsafe fn build_consts(info: *mut ModuleInfo) -> c_int {
    let info = &mut *info;
    let n = info.nconsts as usize;
    if n == 0 || !(*info.consts.add(n - 1)).is_null() {
        return 0;
    }
    let slots = std::slice::from_raw_parts_mut(info.consts, n);
    let blob: &[u8] = if info.const_blob.is_null() {
        &[]
    } else {
        std::slice::from_raw_parts(info.const_blob, info.const_blob_len as usize)
    };
    let mut reader = Reader { blob, pos: 0 };
    for i in 0..n {
        let obj = match decode_one(&mut reader, &slots[..i]) {
            Ok(obj) => obj,
            Err(DecodeError::Corrupt) => {
                set_error(
                    PyExc_SystemError,
                    &format!("heron: corrupt constant table (entry {i}); rebuild the module"),
                );
                std::ptr::null_mut()
            }
            Err(DecodeError::Python) => std::ptr::null_mut(),
        };
        if obj.is_null() {
            for slot in slots[..i].iter_mut() {
                crate::util::clear_slot(slot);
            }
            return -1;
        }
        slots[i] = obj;
    }
    0
}

enum DecodeError {
    /// The blob does not follow the format.
    Corrupt,
    /// A C-API call failed; its exception is set.
    Python,
}

struct Reader<'a> {
    blob: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn bytes(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        let end = self.pos.checked_add(n).ok_or(DecodeError::Corrupt)?;
        let s = self.blob.get(self.pos..end).ok_or(DecodeError::Corrupt)?;
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, DecodeError> {
        Ok(self.bytes(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, DecodeError> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> Result<u64, DecodeError> {
        let b = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    fn f64(&mut self) -> Result<f64, DecodeError> {
        Ok(f64::from_bits(self.u64()?))
    }
}

fn checked(obj: *mut PyObject) -> Result<*mut PyObject, DecodeError> {
    if obj.is_null() {
        Err(DecodeError::Python)
    } else {
        Ok(obj)
    }
}

unsafe fn decode_one(
    r: &mut Reader<'_>,
    earlier: &[*mut PyObject],
) -> Result<*mut PyObject, DecodeError> {
    let tag = r.u8()?;
    match tag {
        b'N' => Ok(crate::util::py_none()),
        b'T' => Ok(crate::util::py_bool(true)),
        b'F' => Ok(crate::util::py_bool(false)),
        b'E' => Ok(crate::util::new_ref(Py_Ellipsis())),
        b'i' => checked(PyLong_FromLongLong(r.u64()? as i64)),
        b'I' => {
            let len = r.u32()? as usize;
            let digits = r.bytes(len)?;
            let valid = !digits.is_empty()
                && digits
                    .iter()
                    .enumerate()
                    .all(|(k, &c)| c.is_ascii_digit() || (k == 0 && c == b'-'))
                && digits != b"-";
            if !valid {
                return Err(DecodeError::Corrupt);
            }
            let mut text = Vec::with_capacity(len + 1);
            text.extend_from_slice(digits);
            text.push(0);
            checked(PyLong_FromString(
                text.as_ptr() as *const c_char,
                std::ptr::null_mut(),
                10,
            ))
        }
        b'f' => checked(PyFloat_FromDouble(r.f64()?)),
        b'c' => {
            let re = r.f64()?;
            let im = r.f64()?;
            checked(PyComplex_FromDoubles(re, im))
        }
        b's' => {
            let len = r.u32()? as usize;
            let text = r.bytes(len)?;
            let mut s = checked(PyUnicode_DecodeUTF8(
                text.as_ptr() as *const c_char,
                len as Py_ssize_t,
                c"surrogatepass".as_ptr(),
            ))?;
            PyUnicode_InternInPlace(&mut s);
            Ok(s)
        }
        b'b' => {
            let len = r.u32()? as usize;
            let data = r.bytes(len)?;
            checked(PyBytes_FromStringAndSize(
                data.as_ptr() as *const c_char,
                len as Py_ssize_t,
            ))
        }
        b't' => {
            let count = r.u32()? as usize;
            // Validate every index before allocating, so a corrupt blob cannot leave a tuple
            // with NULL items.
            let mut items = Vec::with_capacity(count.min(1 << 16));
            for _ in 0..count {
                let idx = r.u32()? as usize;
                let item = *earlier.get(idx).ok_or(DecodeError::Corrupt)?;
                items.push(item);
            }
            let t = checked(PyTuple_New(count as Py_ssize_t))?;
            for (k, item) in items.into_iter().enumerate() {
                PyTuple_SET_ITEM(t, k as Py_ssize_t, crate::util::new_ref(item));
            }
            Ok(t)
        }
        _ => Err(DecodeError::Corrupt),
    }
}
