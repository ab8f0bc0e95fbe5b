//! Module-level constants.
//!
//! Every module has one constant table, built once when the module is executed (see
//! `runtime/src/consts.rs`). Lowering interns each literal, name and function spec here; code
//! refers to entries by [`ConstId`] and gets a borrowed reference from the table.

use crate::entity::EntityVec;
use num_bigint::BigInt;
use std::collections::HashMap;
use std::fmt;

crate::entity!(
    /// Index of a constant in its module's constant table.
    ConstId,
    "k"
);

/// A Python constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// `...`
    Ellipsis,
    /// An arbitrary-precision `int`.
    Int(BigInt),
    /// A `float`.
    Float(f64),
    /// A `complex` (real, imaginary).
    Complex(f64, f64),
    /// A `str`, as a sequence of code points (lone surrogates are allowed, as in Python).
    Str(PyStr),
    /// A `bytes`.
    Bytes(Vec<u8>),
    /// A `tuple` of other constants.
    Tuple(Vec<ConstId>),
}

/// A Python string: code points, which unlike Rust's `String` may include lone surrogates.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PyStr(pub Vec<u32>);

impl PyStr {
    /// The string as Rust text (surrogates shown as U+FFFD).
    pub fn to_lossy(&self) -> String {
        self.0
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
            .collect()
    }
    /// Encodes as UTF-8, writing surrogates with the generalized ("surrogatepass") encoding, which
    /// the runtime decodes with `PyUnicode_DecodeUTF8(.., "surrogatepass")`.
    pub fn to_wtf8(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.0.len());
        for &c in &self.0 {
            match c {
                0..=0x7f => out.push(c as u8),
                0x80..=0x7ff => {
                    out.push(0xc0 | (c >> 6) as u8);
                    out.push(0x80 | (c & 0x3f) as u8);
                }
                0x800..=0xffff => {
                    out.push(0xe0 | (c >> 12) as u8);
                    out.push(0x80 | ((c >> 6) & 0x3f) as u8);
                    out.push(0x80 | (c & 0x3f) as u8);
                }
                _ => {
                    out.push(0xf0 | (c >> 18) as u8);
                    out.push(0x80 | ((c >> 12) & 0x3f) as u8);
                    out.push(0x80 | ((c >> 6) & 0x3f) as u8);
                    out.push(0x80 | (c & 0x3f) as u8);
                }
            }
        }
        out
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> Self {
        PyStr(s.chars().map(u32::from).collect())
    }
}

/// Hashable identity of a constant, used to deduplicate the pool. Floats are keyed by bits so
/// that `0.0` and `-0.0` (and NaNs) stay distinct, as CPython's constant merging does.
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(PyStr),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstId>),
}

impl ConstKey {
    fn of(c: &Constant) -> Self {
        match c {
            Constant::None => ConstKey::None,
            Constant::Bool(b) => ConstKey::Bool(*b),
            Constant::Ellipsis => ConstKey::Ellipsis,
            Constant::Int(i) => ConstKey::Int(i.clone()),
            Constant::Float(f) => ConstKey::Float(f.to_bits()),
            Constant::Complex(r, i) => ConstKey::Complex(r.to_bits(), i.to_bits()),
            Constant::Str(s) => ConstKey::Str(s.clone()),
            Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
            Constant::Tuple(t) => ConstKey::Tuple(t.clone()),
        }
    }
}

/// A module's constant table, deduplicated.
#[derive(Default, Clone)]
pub struct ConstPool {
    items: EntityVec<ConstId, Constant>,
    index: HashMap<ConstKey, ConstId>,
}

impl ConstPool {
    /// Interns a constant, returning the existing id if an identical one is present.
    pub fn intern(&mut self, c: Constant) -> ConstId {
        let key = ConstKey::of(&c);
        if let Some(&id) = self.index.get(&key) {
            return id;
        }
        let id = self.items.push(c);
        self.index.insert(key, id);
        id
    }
    /// Interns a `str` constant.
    pub fn str(&mut self, s: &str) -> ConstId {
        self.intern(Constant::Str(PyStr::from(s)))
    }
    /// Interns an `int` constant.
    pub fn int(&mut self, i: i64) -> ConstId {
        self.intern(Constant::Int(BigInt::from(i)))
    }
    /// The constant behind an id.
    pub fn get(&self, id: ConstId) -> &Constant {
        &self.items[id]
    }
    /// Number of constants.
    pub fn len(&self) -> usize {
        self.items.len()
    }
    /// Whether the pool is empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// All constants in table order.
    pub fn iter(&self) -> impl Iterator<Item = (ConstId, &Constant)> {
        self.items.iter()
    }
    /// Renders a constant as Python source (for the IR printer).
    pub fn display(&self, id: ConstId) -> ConstDisplay<'_> {
        ConstDisplay { pool: self, id }
    }
}

/// Displays a constant as a Python literal.
pub struct ConstDisplay<'a> {
    pool: &'a ConstPool,
    id: ConstId,
}

impl fmt::Display for ConstDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pool.get(self.id) {
            Constant::None => write!(f, "None"),
            Constant::Bool(true) => write!(f, "True"),
            Constant::Bool(false) => write!(f, "False"),
            Constant::Ellipsis => write!(f, "Ellipsis"),
            Constant::Int(i) => write!(f, "{i}"),
            Constant::Float(x) => write!(f, "{x:?}"),
            Constant::Complex(r, i) => write!(f, "complex({r:?}, {i:?})"),
            Constant::Str(s) => write!(f, "{:?}", s.to_lossy()),
            Constant::Bytes(b) => write!(f, "b{:?}", String::from_utf8_lossy(b)),
            Constant::Tuple(items) => {
                write!(f, "(")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{}", self.pool.display(*item))?;
                }
                if items.len() == 1 {
                    write!(f, ",")?;
                }
                write!(f, ")")
            }
        }
    }
}
