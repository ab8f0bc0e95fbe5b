//! Types of IR values.

use std::fmt;

/// The machine-level type of an IR value.
///
/// Lowering produces `Object` for every Python value and `Bool` for branch conditions; later
/// passes narrow `Object` to unboxed `Int`/`Float` where they can prove it and box at the edges.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// A `PyObject*`. Whether a given value is owned (a new reference) or borrowed is decided
    /// by the operation that produced it; see [`crate::Op::result_ownership`].
    Object,
    /// A truth value (`i8` 0/1 in machine code).
    Bool,
    /// An unboxed machine integer (`i64`).
    Int,
    /// An unboxed `double`.
    Float,
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Type::Object => "obj",
            Type::Bool => "bool",
            Type::Int => "i64",
            Type::Float => "f64",
        })
    }
}
