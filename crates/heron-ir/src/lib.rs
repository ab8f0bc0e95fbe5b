//! heron's intermediate representation.
//!
//! A typed control-flow-graph IR close to mypyc's: explicit operations with explicit types and
//! explicit error edges. See [`function`] for the model (SSA values + owning variables),
//! [`ops`] for the operations and [`runtime_table`] for the runtime helpers generated code
//! calls. Reference counting is not part of what lowering writes: `heron-opt`'s refcount pass
//! inserts [`Op::Incref`]/[`Op::Decref`] last.
#![deny(missing_docs)]

pub mod abi;
pub mod constant;
pub mod entity;
pub mod function;
pub mod ops;
pub mod printer;
pub mod runtime_table;
pub mod types;
pub mod verify;

pub use constant::{ConstId, ConstPool, Constant, PyStr};
pub use entity::{EntityRef, EntityVec};
pub use function::{
    BlockData, BlockId, Function, FunctionKind, InstData, InstId, Loc, Module, Terminator, ValueId,
    VarData, VarId, VarKind,
};
pub use ops::{Op, Ownership, SuspendKind};
pub use runtime_table::{
    BinOp, CmpOp, Consume, ErrorKind, IntrospectKind, Param, RetKind, RtFunc, RtSig, UnaryOp,
};
pub use types::Type;

entity!(
    /// A function within a module.
    FuncId,
    "fn"
);
