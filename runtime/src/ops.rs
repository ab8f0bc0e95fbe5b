//! Operators: arithmetic (`a + b`, `a += b`, `-a`), rich comparisons (as objects and as branch
//! conditions), truth testing and `in`.
//!
//! These are heron's hottest helpers, so each one first tries a fast path for the types numeric
//! code is made of and only then falls back to the generic `PyNumber_*` / `PyObject_RichCompare`
//! protocol, which is what CPython's own bytecode does and which defines the semantics:
//! - "small ints": exact `int` objects with at most one 30-bit digit (|v| < 2**30), read straight
//!   from the object layout (see [`compact_int`]); results are computed in `i64`, where they
//!   cannot overflow except for shifts, which are range-checked;
//! - exact `float`s, alone or mixed with small ints (which convert to `f64` exactly, so the
//!   result is the same as CPython's `float` methods computing with `PyLong_AsDouble`);
//! - comparisons used as conditions produce no `bool` object at all.
//!
//! Anything unusual (big ints, subclasses, zero divisors for ints, negative shift counts, ...)
//! takes the generic path, so errors and edge cases come from CPython itself.
//!
//! A comparison used as a condition is `bool(a <op> b)`, not `PyObject_RichCompareBool`: the
//! latter treats identical objects as equal, which `x == x` for a NaN must not.

use crate::util::{new_ref, py_bool, set_error};
use pyo3_ffi::*;
use std::ffi::c_int;

// ---- object layout readers ---------------------------------------------------------------

/// Byte offset of the size word (`ob_size` on 3.11, `lv_tag` on 3.12+) in an `int` object: it
/// directly follows the object header.
const LONG_SIZE_OFFSET: usize = std::mem::size_of::<PyObject>();
/// Byte offset of the first 30-bit digit (a `u32`) in an `int` object.
const LONG_DIGIT_OFFSET: usize = LONG_SIZE_OFFSET + std::mem::size_of::<Py_ssize_t>();

/// The value of `o` if it is an exact `int` with at most one digit (|v| < 2**30), else `None`.
///
/// CPython 3.11 layout: `ob_size` is the signed digit count (0 for zero, ±1 for one digit).
/// CPython 3.12+ layout: `lv_tag` holds the digit count shifted left by 3 and the sign in its
/// low two bits (0 positive, 1 zero, 2 negative); one digit or fewer means `lv_tag < 16`.
/// Both put the digits (`u32`, 30 bits used) right after the size word. This assumes CPython's
/// default 30-bit digits on 64-bit platforms; a 15-bit-digit build is not supported.
#[inline(always)]
pub(crate) unsafe fn compact_int(o: *mut PyObject) -> Option<i64> {
    if Py_TYPE(o) != &raw mut PyLong_Type {
        return None;
    }
    let base = o as *const u8;
    let size = *(base.add(LONG_SIZE_OFFSET) as *const Py_ssize_t);
    let digit = *(base.add(LONG_DIGIT_OFFSET) as *const u32) as i64;
    #[cfg(not(Py_3_12))]
    {
        // 3.11: ob_size in {-1, 0, 1}; digit 0 is 0 for zero.
        if (-1..=1).contains(&size) {
            return Some(if size == 0 { 0 } else { size as i64 * digit });
        }
        None
    }
    #[cfg(Py_3_12)]
    {
        let tag = size as usize;
        if tag < (2 << 3) {
            let sign = 1 - (tag & 3) as i64;
            return Some(sign * digit);
        }
        None
    }
}

/// Whether an exact `int` (any size) is zero, read from the layout (see [`compact_int`]).
#[inline(always)]
unsafe fn exact_int_is_zero(o: *mut PyObject) -> bool {
    let size = *((o as *const u8).add(LONG_SIZE_OFFSET) as *const Py_ssize_t);
    #[cfg(not(Py_3_12))]
    {
        size == 0
    }
    #[cfg(Py_3_12)]
    {
        (size as usize & 3) == 1
    }
}

/// The value of `o` if it is an exact `float`.
#[inline(always)]
pub(crate) unsafe fn exact_float(o: *mut PyObject) -> Option<f64> {
    if Py_TYPE(o) == &raw mut PyFloat_Type {
        Some(PyFloat_AS_DOUBLE(o))
    } else {
        None
    }
}

/// Both operands as small ints.
#[inline(always)]
unsafe fn int_pair(a: *mut PyObject, b: *mut PyObject) -> Option<(i64, i64)> {
    Some((compact_int(a)?, compact_int(b)?))
}

/// Both operands as `f64` when at least one is an exact float and the other an exact float or
/// a small int (whose conversion is exact).
#[inline(always)]
unsafe fn float_pair(a: *mut PyObject, b: *mut PyObject) -> Option<(f64, f64)> {
    match (exact_float(a), exact_float(b)) {
        (Some(x), Some(y)) => Some((x, y)),
        (Some(x), None) => Some((x, compact_int(b)? as f64)),
        (None, Some(y)) => Some((compact_int(a)? as f64, y)),
        (None, None) => None,
    }
}

/// A new `int` (small values come from CPython's cache).
///
/// Why a table of our own: results of the int fast paths are mostly small, and reading the
/// cached object here saves a call into libpython (CPython keeps its small ints alive for
/// the whole process; the table holds one more reference to each).
#[inline(always)]
unsafe fn new_int(v: i64) -> *mut PyObject {
    if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
        let slot = (&raw mut SMALL_INTS)
            .cast::<*mut PyObject>()
            .add((v - SMALL_INT_MIN) as usize);
        let o = *slot;
        if !o.is_null() {
            Py_INCREF(o);
            return o;
        }
        let o = PyLong_FromLongLong(v);
        if !o.is_null() {
            Py_INCREF(o);
            *slot = o;
        }
        return o;
    }
    PyLong_FromLongLong(v)
}

/// CPython's small-int range (`_PY_NSMALLNEGINTS`, `_PY_NSMALLPOSINTS`).
const SMALL_INT_MIN: i64 = -5;
const SMALL_INT_MAX: i64 = 256;
/// The small ints, filled on first use (only touched with the GIL held).
static mut SMALL_INTS: [*mut PyObject; (SMALL_INT_MAX - SMALL_INT_MIN + 1) as usize] =
    [std::ptr::null_mut(); (SMALL_INT_MAX - SMALL_INT_MIN + 1) as usize];

// ---- arithmetic ---------------------------------------------------------------------------

/// The arithmetic operators with fast paths (the IR's `BinOp` minus the ones that have none).
#[derive(Copy, Clone, PartialEq, Eq)]
enum Arith {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    Or,
    Xor,
    And,
}

/// Python's floor division of small ints (`y != 0`, no overflow possible at this size).
#[inline(always)]
fn int_floordiv(x: i64, y: i64) -> i64 {
    let q = x / y;
    if x % y != 0 && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

/// Python's modulo of small ints: the result has the divisor's sign (`y != 0`).
#[inline(always)]
fn int_mod(x: i64, y: i64) -> i64 {
    let r = x % y;
    if r != 0 && ((r < 0) != (y < 0)) {
        r + y
    } else {
        r
    }
}

/// Python's `float` modulo (`y != 0`): C `fmod`, moved into the divisor's sign; a zero result
/// takes the divisor's sign.
#[inline(always)]
fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) { m + y } else { m }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's `float` floor division (`y != 0`), derived from the modulo so that
/// `x == q * y + r` holds as closely as floating point allows, and rounded to an integral value.
#[inline(always)]
fn float_floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    }
}

/// The small-int fast path: `Some(result)` (a new reference, or `NULL` with an exception), or
/// `None` to take the generic path.
#[inline(always)]
unsafe fn int_arith(op: Arith, x: i64, y: i64) -> Option<*mut PyObject> {
    let v = match op {
        Arith::Add => x + y,
        Arith::Sub => x - y,
        Arith::Mul => x * y,
        Arith::FloorDiv if y != 0 => int_floordiv(x, y),
        Arith::Mod if y != 0 => int_mod(x, y),
        Arith::TrueDiv => {
            if y == 0 {
                return Some(set_error(PyExc_ZeroDivisionError, "division by zero"));
            }
            // Both operands are exact in a double, so one correctly rounded division is
            // exactly what CPython's `int.__truediv__` computes for them.
            return Some(PyFloat_FromDouble(x as f64 / y as f64));
        }
        // |x| < 2**30, so shifts by up to 32 stay below 2**62.
        Arith::LShift if (0..=32).contains(&y) => x << y,
        Arith::RShift if y >= 0 => x >> y.min(63),
        Arith::Or => x | y,
        Arith::Xor => x ^ y,
        Arith::And => x & y,
        _ => return None,
    };
    Some(new_int(v))
}

/// The float fast path (at least one exact float, the other a float or small int).
#[inline(always)]
unsafe fn float_arith(op: Arith, x: f64, y: f64) -> Option<*mut PyObject> {
    let v = match op {
        Arith::Add => x + y,
        Arith::Sub => x - y,
        Arith::Mul => x * y,
        Arith::TrueDiv => {
            if y == 0.0 {
                return Some(set_error(PyExc_ZeroDivisionError, "float division by zero"));
            }
            x / y
        }
        Arith::FloorDiv => {
            if y == 0.0 {
                return Some(set_error(
                    PyExc_ZeroDivisionError,
                    "float floor division by zero",
                ));
            }
            float_floordiv(x, y)
        }
        Arith::Mod => {
            if y == 0.0 {
                return Some(set_error(PyExc_ZeroDivisionError, "float modulo"));
            }
            float_mod(x, y)
        }
        Arith::Pow => {
            // Only the plain case: a positive finite base and a finite exponent with a finite,
            // non-zero result. Everything else (negative bases, overflow, underflow, zero,
            // infinities, NaNs) has special rules in CPython, so it takes the generic path.
            if !(x > 0.0 && x.is_finite() && y.is_finite()) {
                return None;
            }
            let r = x.powf(y);
            if !r.is_finite() || r == 0.0 {
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(PyFloat_FromDouble(v))
}

/// A binary operator: fast paths, then `generic`.
#[inline(always)]
unsafe fn arith(
    op: Arith,
    a: *mut PyObject,
    b: *mut PyObject,
    generic: unsafe extern "C" fn(*mut PyObject, *mut PyObject) -> *mut PyObject,
) -> *mut PyObject {
    if let Some((x, y)) = int_pair(a, b)
        && let Some(r) = int_arith(op, x, y)
    {
        return r;
    }
    if let Some((x, y)) = float_pair(a, b)
        && let Some(r) = float_arith(op, x, y)
    {
        return r;
    }
    generic(a, b)
}

/// `PyNumber_Power(a, b, None)` with the two-operand signature of the other fallbacks.
unsafe extern "C" fn power2(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    PyNumber_Power(a, b, Py_None())
}

/// `PyNumber_InPlacePower(a, b, None)` with the two-operand signature.
unsafe extern "C" fn inplace_power2(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    PyNumber_InPlacePower(a, b, Py_None())
}

/// `a + b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_add(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Add, a, b, PyNumber_Add)
}

/// `a - b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_sub(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Sub, a, b, PyNumber_Subtract)
}

/// `a * b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_mul(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Mul, a, b, PyNumber_Multiply)
}

/// `a @ b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_matmul(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    PyNumber_MatrixMultiply(a, b)
}

/// `a / b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_truediv(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::TrueDiv, a, b, PyNumber_TrueDivide)
}

/// `a // b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_floordiv(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::FloorDiv, a, b, PyNumber_FloorDivide)
}

/// `a % b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_mod(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Mod, a, b, PyNumber_Remainder)
}

/// `a ** b` (two-operand `pow`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_pow(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Pow, a, b, power2)
}

/// `a << b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_lshift(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::LShift, a, b, PyNumber_Lshift)
}

/// `a >> b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_rshift(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::RShift, a, b, PyNumber_Rshift)
}

/// `a | b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_or(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Or, a, b, PyNumber_Or)
}

/// `a ^ b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_xor(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Xor, a, b, PyNumber_Xor)
}

/// `a & b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_and(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::And, a, b, PyNumber_And)
}

// In-place operators: `int` and `float` have no in-place slots, so their fast paths are the
// same as for the plain operators; everything else goes through `PyNumber_InPlace*`.

/// `a += b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_add(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Add, a, b, PyNumber_InPlaceAdd)
}

/// `a -= b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_sub(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Sub, a, b, PyNumber_InPlaceSubtract)
}

/// `a *= b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_mul(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Mul, a, b, PyNumber_InPlaceMultiply)
}

/// `a @= b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_matmul(
    a: *mut PyObject,
    b: *mut PyObject,
) -> *mut PyObject {
    PyNumber_InPlaceMatrixMultiply(a, b)
}

/// `a /= b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_truediv(
    a: *mut PyObject,
    b: *mut PyObject,
) -> *mut PyObject {
    arith(Arith::TrueDiv, a, b, PyNumber_InPlaceTrueDivide)
}

/// `a //= b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_floordiv(
    a: *mut PyObject,
    b: *mut PyObject,
) -> *mut PyObject {
    arith(Arith::FloorDiv, a, b, PyNumber_InPlaceFloorDivide)
}

/// `a %= b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_mod(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Mod, a, b, PyNumber_InPlaceRemainder)
}

/// `a **= b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_pow(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Pow, a, b, inplace_power2)
}

/// `a <<= b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_lshift(
    a: *mut PyObject,
    b: *mut PyObject,
) -> *mut PyObject {
    arith(Arith::LShift, a, b, PyNumber_InPlaceLshift)
}

/// `a >>= b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_rshift(
    a: *mut PyObject,
    b: *mut PyObject,
) -> *mut PyObject {
    arith(Arith::RShift, a, b, PyNumber_InPlaceRshift)
}

/// `a |= b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_or(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Or, a, b, PyNumber_InPlaceOr)
}

/// `a ^= b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_xor(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::Xor, a, b, PyNumber_InPlaceXor)
}

/// `a &= b`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_inplace_and(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    arith(Arith::And, a, b, PyNumber_InPlaceAnd)
}

// ---- unary operators ----------------------------------------------------------------------

/// `-a`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_neg(a: *mut PyObject) -> *mut PyObject {
    if let Some(x) = compact_int(a) {
        return new_int(-x);
    }
    if let Some(x) = exact_float(a) {
        return PyFloat_FromDouble(-x);
    }
    PyNumber_Negative(a)
}

/// `+a`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_pos(a: *mut PyObject) -> *mut PyObject {
    let tp = Py_TYPE(a);
    if tp == &raw mut PyLong_Type || tp == &raw mut PyFloat_Type {
        return new_ref(a);
    }
    PyNumber_Positive(a)
}

/// `~a`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_invert(a: *mut PyObject) -> *mut PyObject {
    if let Some(x) = compact_int(a) {
        return new_int(!x);
    }
    PyNumber_Invert(a)
}

// ---- comparisons --------------------------------------------------------------------------

/// Applies comparison `op` (a `Py_LT`..`Py_GE` code) to two ordered values.
#[inline(always)]
fn cmp_values<T: PartialOrd>(op: c_int, x: T, y: T) -> bool {
    match op {
        Py_LT => x < y,
        Py_LE => x <= y,
        Py_EQ => x == y,
        Py_NE => x != y,
        Py_GT => x > y,
        _ => x >= y,
    }
}

/// The comparison fast paths: small ints, floats (NaN compares as IEEE says, like CPython),
/// exact strings. `None` means take the generic path.
#[inline(always)]
unsafe fn compare_fast(op: c_int, a: *mut PyObject, b: *mut PyObject) -> Option<bool> {
    if let Some((x, y)) = int_pair(a, b) {
        return Some(cmp_values(op, x, y));
    }
    if let Some((x, y)) = float_pair(a, b) {
        return Some(cmp_values(op, x, y));
    }
    let sty = &raw mut PyUnicode_Type;
    if Py_TYPE(a) == sty && Py_TYPE(b) == sty {
        if a == b {
            return Some(matches!(op, Py_LE | Py_EQ | Py_GE));
        }
        if (op == Py_EQ || op == Py_NE) && PyUnicode_GET_LENGTH(a) != PyUnicode_GET_LENGTH(b) {
            return Some(op == Py_NE);
        }
        // Cannot fail for two exact strings.
        let c = PyUnicode_Compare(a, b);
        return Some(cmp_values(op, c, 0));
    }
    None
}

/// `a <op> b` as an object.
#[inline(always)]
unsafe fn compare(op: c_int, a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    match compare_fast(op, a, b) {
        Some(r) => py_bool(r),
        None => PyObject_RichCompare(a, b, op),
    }
}

/// Truth of `a <op> b`: 1, 0, or -1 with an exception.
#[inline(always)]
unsafe fn compare_bool(op: c_int, a: *mut PyObject, b: *mut PyObject) -> c_int {
    if let Some(r) = compare_fast(op, a, b) {
        return r as c_int;
    }
    let r = PyObject_RichCompare(a, b, op);
    if r.is_null() {
        return -1;
    }
    let t = if r == Py_True() {
        1
    } else if r == Py_False() {
        0
    } else {
        PyObject_IsTrue(r)
    };
    Py_DECREF(r);
    t
}

/// `a < b` as an object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_compare_lt(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    compare(Py_LT, a, b)
}

/// `a <= b` as an object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_compare_le(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    compare(Py_LE, a, b)
}

/// `a == b` as an object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_compare_eq(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    compare(Py_EQ, a, b)
}

/// `a != b` as an object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_compare_ne(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    compare(Py_NE, a, b)
}

/// `a > b` as an object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_compare_gt(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    compare(Py_GT, a, b)
}

/// `a >= b` as an object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_compare_ge(a: *mut PyObject, b: *mut PyObject) -> *mut PyObject {
    compare(Py_GE, a, b)
}

/// `bool(a < b)`: 1, 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_compare_bool_lt(a: *mut PyObject, b: *mut PyObject) -> c_int {
    compare_bool(Py_LT, a, b)
}

/// `bool(a <= b)`: 1, 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_compare_bool_le(a: *mut PyObject, b: *mut PyObject) -> c_int {
    compare_bool(Py_LE, a, b)
}

/// `bool(a == b)`: 1, 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_compare_bool_eq(a: *mut PyObject, b: *mut PyObject) -> c_int {
    compare_bool(Py_EQ, a, b)
}

/// `bool(a != b)`: 1, 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_compare_bool_ne(a: *mut PyObject, b: *mut PyObject) -> c_int {
    compare_bool(Py_NE, a, b)
}

/// `bool(a > b)`: 1, 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_compare_bool_gt(a: *mut PyObject, b: *mut PyObject) -> c_int {
    compare_bool(Py_GT, a, b)
}

/// `bool(a >= b)`: 1, 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_compare_bool_ge(a: *mut PyObject, b: *mut PyObject) -> c_int {
    compare_bool(Py_GE, a, b)
}

// ---- truth and membership -----------------------------------------------------------------

/// `item in container`: 1, 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_contains(item: *mut PyObject, container: *mut PyObject) -> c_int {
    PySequence_Contains(container, item)
}

/// `bool(a)`: 1, 0, or -1 with an exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_is_true(a: *mut PyObject) -> c_int {
    if a == Py_True() {
        return 1;
    }
    if a == Py_False() || a == Py_None() {
        return 0;
    }
    let tp = Py_TYPE(a);
    if tp == &raw mut PyLong_Type {
        return !exact_int_is_zero(a) as c_int;
    }
    if tp == &raw mut PyList_Type {
        return (PyList_GET_SIZE(a) != 0) as c_int;
    }
    if tp == &raw mut PyTuple_Type {
        return (PyTuple_GET_SIZE(a) != 0) as c_int;
    }
    if tp == &raw mut PyDict_Type {
        return ((*(a as *mut PyDictObject)).ma_used != 0) as c_int;
    }
    if tp == &raw mut PyUnicode_Type {
        return (PyUnicode_GET_LENGTH(a) != 0) as c_int;
    }
    if tp == &raw mut PyFloat_Type {
        return (PyFloat_AS_DOUBLE(a) != 0.0) as c_int;
    }
    PyObject_IsTrue(a)
}

// ---- operators that consume dying operands -------------------------------------------------

/// Bits of the `flags` argument of [`heron_rt_binary_consuming`].
const CONSUME_A: i64 = 1;
const CONSUME_B: i64 = 2;
const INPLACE: i64 = 4;

/// `a <op> b` (or `a <op>= b` with the `INPLACE` bit) where the caller hands over its
/// references to the operands flagged `CONSUME_A`/`CONSUME_B` (temporaries that die here):
/// when the result is a `float` and a consumed operand is a `float` nobody else references,
/// the result is written into it instead of allocating (as CPython 3.12 does for its own
/// temporaries). `op` indexes `heron_ir::BinOp::ALL`. Consumed operands are released on every
/// path, including errors.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn heron_rt_binary_consuming(
    a: *mut PyObject,
    b: *mut PyObject,
    op: i64,
    flags: i64,
) -> *mut PyObject {
    // BinOp::ALL order: Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift,
    // BitOr, BitXor, BitAnd.
    let fast = match op {
        0 => Some(Arith::Add),
        1 => Some(Arith::Sub),
        2 => Some(Arith::Mul),
        4 => Some(Arith::TrueDiv),
        _ => None,
    };
    if let Some(arith_op) = fast
        && let Some((x, y)) = int_pair(a, b)
        && let Some(r) = int_arith(arith_op, x, y)
    {
        if flags & CONSUME_A != 0 {
            Py_DECREF(a);
        }
        if flags & CONSUME_B != 0 {
            Py_DECREF(b);
        }
        return r;
    }
    if let Some(arith_op) = fast
        && let Some((x, y)) = float_pair(a, b)
        && !(arith_op == Arith::TrueDiv && y == 0.0)
    {
        let r = match arith_op {
            Arith::Add => x + y,
            Arith::Sub => x - y,
            Arith::Mul => x * y,
            _ => x / y,
        };
        let reusable = |o: *mut PyObject, bit: i64| {
            flags & bit != 0 && Py_TYPE(o) == &raw mut PyFloat_Type && Py_REFCNT(o) == 1
        };
        if reusable(a, CONSUME_A) {
            (*(a as *mut PyFloatObject)).ob_fval = r;
            if flags & CONSUME_B != 0 && b != a {
                Py_DECREF(b);
            }
            return a;
        }
        if reusable(b, CONSUME_B) {
            (*(b as *mut PyFloatObject)).ob_fval = r;
            if flags & CONSUME_A != 0 {
                Py_DECREF(a);
            }
            return b;
        }
    }
    let result = binary_dispatch(op, flags & INPLACE != 0, a, b);
    if flags & CONSUME_A != 0 {
        Py_DECREF(a);
    }
    if flags & CONSUME_B != 0 {
        Py_DECREF(b);
    }
    result
}

/// The plain helper for operator `op` (an index into `heron_ir::BinOp::ALL`).
unsafe fn binary_dispatch(
    op: i64,
    inplace: bool,
    a: *mut PyObject,
    b: *mut PyObject,
) -> *mut PyObject {
    type Helper = unsafe extern "C" fn(*mut PyObject, *mut PyObject) -> *mut PyObject;
    const PLAIN: [Helper; 13] = [
        heron_rt_add,
        heron_rt_sub,
        heron_rt_mul,
        heron_rt_matmul,
        heron_rt_truediv,
        heron_rt_floordiv,
        heron_rt_mod,
        heron_rt_pow,
        heron_rt_lshift,
        heron_rt_rshift,
        heron_rt_or,
        heron_rt_xor,
        heron_rt_and,
    ];
    const INPLACE_FORMS: [Helper; 13] = [
        heron_rt_inplace_add,
        heron_rt_inplace_sub,
        heron_rt_inplace_mul,
        heron_rt_inplace_matmul,
        heron_rt_inplace_truediv,
        heron_rt_inplace_floordiv,
        heron_rt_inplace_mod,
        heron_rt_inplace_pow,
        heron_rt_inplace_lshift,
        heron_rt_inplace_rshift,
        heron_rt_inplace_or,
        heron_rt_inplace_xor,
        heron_rt_inplace_and,
    ];
    let table = if inplace { &INPLACE_FORMS } else { &PLAIN };
    match table.get(op as usize) {
        Some(helper) => helper(a, b),
        None => set_error(PyExc_SystemError, "heron: bad operator code"),
    }
}

#[cfg(test)]
mod tests {
    use super::{float_floordiv, float_mod, int_floordiv, int_mod};

    #[test]
    fn int_division_floors() {
        assert_eq!(int_floordiv(-7, 2), -4);
        assert_eq!(int_floordiv(7, -2), -4);
        assert_eq!(int_floordiv(-7, -2), 3);
        assert_eq!(int_floordiv(6, -2), -3);
        assert_eq!(int_mod(-7, 2), 1);
        assert_eq!(int_mod(7, -2), -1);
        assert_eq!(int_mod(-6, 2), 0);
    }

    #[test]
    fn float_division_matches_python() {
        // Values printed by CPython 3.11.
        assert_eq!(float_floordiv(-7.0, 2.0), -4.0);
        assert_eq!(float_mod(-7.0, 2.0), 1.0);
        assert_eq!(float_mod(7.0, -2.0), -1.0);
        assert!(float_mod(-0.0, 2.0) == 0.0 && float_mod(-0.0, 2.0).is_sign_positive());
        assert!(float_mod(0.0, -2.0).is_sign_negative());
        assert!(float_floordiv(-0.0, 2.0).is_sign_negative());
        assert!(float_floordiv(0.0, -2.0).is_sign_negative());
        assert_eq!(float_floordiv(5e-324, 1e-300), 0.0);
    }
}
