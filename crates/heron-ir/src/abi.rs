//! The binary interface between generated code and `runtime/`, beyond the helper table in
//! [`crate::runtime_table`]. Codegen emits data and calls in exactly these shapes; the runtime
//! declares the matching `#[repr(C)]` structs and `extern "C"` functions.
//!
//! # Function bodies
//! - [`crate::FunctionKind::Module`]: `PyObject *body(PyObject *globals, Frame *frame)`;
//!   returns a new reference to `None`, or `NULL` with an exception set.
//! - [`crate::FunctionKind::Function`]:
//!   `PyObject *body(PyObject *func, PyObject *const *args, Frame *frame)`;
//!   `func` is the `heron_function` object being called (borrowed), `args` one borrowed
//!   reference per parameter slot in `co_varnames` order: positional parameters (positional-only
//!   first), keyword-only parameters, then the `*args` tuple and the `**kwargs` dict if present.
//!   The runtime's vectorcall trampoline binds arguments, applies defaults and raises CPython's
//!   argument errors before calling the body; it also does `Py_EnterRecursiveCall`.
//! - [`crate::FunctionKind::Generator`] (generators, generator expressions and
//!   coroutines):
//!   `PyObject *body(PyObject *func, PyObject *const *args, Frame *frame, GenState *state,
//!   PyObject *sent)`, called by the runtime on every resumption of the generator object
//!   (see "Generators" below).
//! - `frame` is the interpreter frame the runtime linked into the thread state for this call
//!   (see `runtime/src/frames.rs`). Its `prev_instr` field (at [`FRAME_PREV_INSTR_OFFSET`])
//!   initially points at the first instruction of the frame code, which has one instruction
//!   (2 bytes) per source line from the function's first line to its last. Before each
//!   operation that may run Python code, generated code stores
//!   `initial + 2 * (line - first_line)` there, so that frame introspection sees the line.
//!
//! # Generators
//! Calling a generator function (or `async def`) binds the arguments as for any function, then
//! creates a generator (or coroutine) object that owns a copy of the argument slots, an
//! interpreter frame and a `GenState`, zero-initialized:
//! ```c
//! struct GenState {
//!     int64_t resume;        // 0: not started; k > 0: suspended at suspension point k;
//!                            // -1: finished (set by the body's exit path)
//!     PyObject *yieldfrom;   // the delegate while suspended in `yield from` (strong)
//!     uint16_t *code_base;   // the frame code's first instruction (for `prev_instr`)
//!     PyObject *slots[];     // the body's variables, then saved values (see below)
//! };
//! ```
//! The body keeps its variables in `slots[0..nvars]` (not in registers), so a suspension
//! saves nothing but the SSA values live across it, in `slots[nvars..nvars+nsaved]`:
//! first the `nowned` values that hold a reference of their own (each suspension stores
//! `NULL` in those not live across it, so that while suspended the generator can report them
//! to the garbage collector and release them if it is freed), then borrowed objects and raw
//! `i64`/`f64`/`bool` bits. On
//! entry the body dispatches on `resume`: 0 runs from the start, k continues after suspension
//! point k with `sent` as the value of the `yield` expression (a new reference the body takes
//! over; at the start `sent` is only tested and stays the caller's). `sent == NULL` means an
//! exception was thrown in (it is set): it is raised at that point (at the start for an
//! unstarted generator).
//! - `yield v`: the body saves its live values, stores k in `resume` and returns `v`.
//! - `yield from it`: the body calls [`YIELD_FROM`]`(state, it)`, which takes over its
//!   reference to `it` and sends `None` to it;
//!   if `it` yielded, the helper stored `it` in `state->yieldfrom` and the body suspends as
//!   for `yield`, returning the yielded value. Until `it` finishes, the runtime resumes the
//!   delegate, not the body; the body is resumed with the delegate's return value (or its
//!   exception) only.
//! - Returning (or raising) releases every variable, stores -1 in `resume` and returns the
//!   value (or `NULL`).
//!
//! The layout of the generator's storage is passed to `heron_rt_make_function` as
//! `gen_layout = nvars | nsaved << 32 | nowned << 48` (0 for ordinary functions; `nvars`
//! below 2^32, `nsaved` and `nowned` below 2^16).
//!
//! # Module info
//! Codegen emits one static, writable `ModuleInfo` per module (symbol `<module>.__info__`):
//! ```c
//! struct ModuleInfo {
//!     uint64_t abi_version;            // MODULE_INFO_ABI_VERSION
//!     const char *name;                // dotted module name, NUL-terminated ("__main__" for programs)
//!     const uint8_t *const_blob;       // serialized constants (format below)
//!     uint64_t const_blob_len;
//!     PyObject **consts;               // writable table of nconsts slots, zero-initialized
//!     uint64_t nconsts;
//!     PyObject *(*body)(PyObject *globals);
//!     const char *source_path;         // absolute source path, NUL-terminated
//!     const char *python_executable;   // programs: the target interpreter; modules: NULL
//!     uint64_t filename_const;         // index of the `str` constant used as co_filename
//!     uint64_t nlines;                 // last line of the module body (frame code size)
//! };
//! ```
//! and an entry point:
//! - extension module `a.b.c`: exported `PyObject *PyInit_c(void)` returning
//!   `heron_rt_module_init(&info)` (multi-phase init: the runtime returns a `PyModuleDef`
//!   whose exec slot builds the constant table and runs `body` with the module dict);
//! - program: exported `int main(int argc, char **argv)` returning
//!   `heron_rt_main(argc, argv, &info)`.
//!
//! # Constant blob
//! `nconsts` entries back to back, each a tag byte then a payload (integers little-endian):
//! `N` None · `T` True · `F` False · `E` Ellipsis · `i` i64 · `I` u32 length + ASCII decimal
//! digits (optional leading `-`) of a big int · `f` f64 bits · `c` two f64 (real, imaginary) ·
//! `s` u32 length + UTF-8 (surrogates encoded "surrogatepass"), interned · `b` u32 length +
//! bytes · `t` u32 count + that many u32 indices of *earlier* entries (a tuple).
//!
//! # Function specs
//! The `spec` argument of `heron_rt_make_function` is a constant tuple
//! `(name, qualname, filename, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags,
//!   varnames, freevars, cellvars, doc, lastlineno, names)`, with `argcount` counting
//! positional-only ones, `flags` using `CO_VARARGS` (0x04) and `CO_VARKEYWORDS` (0x08) as in
//! `co_flags`, `varnames` listing parameters first, `freevars` in the order of the closure
//! tuple, `doc` the docstring or `None`, `lastlineno` the last source line of the body, and
//! `names` the global and attribute names the body uses (`co_names`). `flags` also has
//! `CO_GENERATOR` (0x20) for generator functions, `CO_COROUTINE` (0x80) for `async def` (and
//! asynchronous comprehensions) and `CO_ASYNC_GENERATOR` (0x200) for async generators and
//! asynchronous generator expressions. The C signature puts the body pointer first, then the
//! generator layout and the call site's cache slot (see [`SITE_CACHE_SIZE`]; the runtime keeps
//! the checked spec there, so that creating the same function again skips the checks):
//! `heron_rt_make_function(body, spec, globals, defaults, kwdefaults, annotations, closure,
//! gen_layout, site_cache)`.
//!
//! # Intrinsics
//! Functions codegen calls directly (not through `Op::Call`):
//! - [`TRACEBACK_HERE`]`(globals, filename, name, int64 line)`: adds a traceback entry for the
//!   current compiled frame; called on an error edge of every op whose row says
//!   `adds_traceback`, before jumping to the handler.
//! - [`FUNCTION_GLOBALS`]`(func) -> PyObject*` (borrowed): a function's globals (generated code
//!   reads them from its frame instead, at [`FRAME_GLOBALS_OFFSET`]).
//! - [`CLOSURE_CELL`]`(func, int64 i) -> PyObject*` (borrowed), for `Op::ClosureCell`.
//! - [`ERROR_OCCURRED`]`() -> int`, for `ErrorKind::NullIfErr` results.
//! - [`YIELD_FROM`]`(state, it) -> PyObject*`: the first step of `yield from` (see
//!   "Generators"); `NULL` with an exception set on error.
//! - [`MODULE_INIT`]`(info) -> PyObject*` and [`MAIN`]`(int argc, char **argv, info) -> int`.
//! - From libpython: `_Py_Dealloc(obj)` for decrefs reaching zero; data symbols
//!   `_Py_TrueStruct`, `_Py_FalseStruct`.

/// Version stamp in `ModuleInfo.abi_version`; bump on any change to this module.
pub const MODULE_INFO_ABI_VERSION: u64 = 5;
/// Byte offset of `prev_instr` in the frame passed to bodies.
pub const FRAME_PREV_INSTR_OFFSET: i32 = 56;
/// Byte offset of `f_globals` (the function's globals, borrowed) in the frame passed to bodies.
pub const FRAME_GLOBALS_OFFSET: i32 = 8;
/// Byte offset of `f_builtins` (the builtins the code runs with, borrowed) in the frame passed
/// to bodies (`Op::Builtins`).
pub const FRAME_BUILTINS_OFFSET: i32 = 16;
/// See the module docs.
pub const TRACEBACK_HERE: &str = "heron_rt_traceback_here";
/// See the module docs.
pub const FUNCTION_GLOBALS: &str = "heron_rt_function_globals";
/// See the module docs.
pub const CLOSURE_CELL: &str = "heron_rt_closure_cell";
/// Size in bytes of the cache slot each call site of a helper with
/// [`RtSig::site_cache`](crate::RtSig::site_cache) gets: zeroed, writable memory in the data
/// object `<module>.__site_caches__`, passed as the helper's last argument.
pub const SITE_CACHE_SIZE: u32 = 128;
/// See the module docs.
pub const ERROR_OCCURRED: &str = "heron_rt_error_occurred";
/// See the module docs.
pub const MODULE_INIT: &str = "heron_rt_module_init";
/// See the module docs.
pub const MAIN: &str = "heron_rt_main";
/// See the module docs.
pub const YIELD_FROM: &str = "heron_rt_yield_from";
/// Byte offset of `resume` in `GenState`.
pub const GEN_RESUME_OFFSET: i32 = 0;
/// Byte offset of `yieldfrom` in `GenState`.
pub const GEN_YIELDFROM_OFFSET: i32 = 8;
/// Byte offset of `code_base` in `GenState`.
pub const GEN_CODE_BASE_OFFSET: i32 = 16;
/// Byte offset of `slots` in `GenState`.
pub const GEN_SLOTS_OFFSET: i32 = 24;
/// Flag bit in a spec's `flags`: a generator function.
pub const CO_GENERATOR: i64 = 0x20;
/// Flag bit in a spec's `flags`: a coroutine function (`async def`).
pub const CO_COROUTINE: i64 = 0x80;
/// Flag bit in a spec's `flags`: an async generator function (`async def` with `yield`).
pub const CO_ASYNC_GENERATOR: i64 = 0x200;
/// Flag bit in a spec's `flags`: the function has `*args`.
pub const CO_VARARGS: i64 = 0x04;
/// Flag bit in a spec's `flags`: the function has `**kwargs`.
pub const CO_VARKEYWORDS: i64 = 0x08;
