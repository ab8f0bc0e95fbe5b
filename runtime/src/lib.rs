//! heron-runtime: the CPython shim linked into every heron product.
//!
//! Generated code calls the `extern "C"` helpers exported here (the symbols of
//! `heron_ir::runtime_table` and the intrinsics of `heron_ir::abi`). The crate is built as a
//! static library per supported CPython version: extension modules link it without libpython
//! (symbols resolve from the interpreter at load time), programs link it with libpython.
//!
//! Every exported function follows CPython's C-API conventions (borrowed arguments, new-reference
//! results, `NULL`/`-1` with an exception set on error) and must never unwind: there are no
//! panics on these paths, and user input never reaches an `unwrap`.
#![allow(clippy::missing_safety_doc)]
#![allow(non_snake_case)]
#![allow(non_upper_case_globals)]
#![allow(clippy::not_unsafe_ptr_arg_deref)]
#![allow(unsafe_op_in_unsafe_fn)]

// Shared helpers and missing FFI declarations.
pub mod ffi_ext;
pub mod util;

// Part 1: functions, modules, programs, constants, tracebacks, exceptions, namespaces, imports.
pub mod binding;
pub mod classes;
pub mod consts;
pub mod exceptions;
pub mod frames;
pub mod function;
pub mod imports;
pub mod launcher;
pub mod module;
pub mod namespace;
pub mod periodic;
pub mod stack;
pub mod traceback;

// Part 2: operators, containers, calls, iteration, formatting, attributes.
pub mod attr_cache;
pub mod attrs;
pub mod calls;
pub mod containers;
mod dict_layout;
pub mod format;
pub mod generator;
pub mod iter;
pub mod ops;
pub mod patterns;
