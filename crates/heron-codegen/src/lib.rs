//! heron IR → native object file, with Cranelift.
//!
//! [`compile_module`] turns one optimized [`heron_ir::Module`] (reference counts already
//! inserted by `heron-opt`) into an ELF relocatable object holding:
//! - one native function per IR function, named `module.qualname` so that `perf`, `gdb` and
//!   backtraces show readable names ([`function`] translates one body);
//! - the module's constant blob, a zeroed constant table the runtime fills at import, and the
//!   `ModuleInfo` record described in [`heron_ir::abi`] ([`data`]);
//! - the entry point: `PyInit_<name>` for an extension module, `main` for a program.
//!
//! Everything except the entry point has local linkage, so that modules linked into one
//! program never clash.
#![deny(missing_docs)]

mod data;
mod function;

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::{AbiParam, Signature, types};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::{FuncId, Linkage, Module as _, ModuleReloc, default_libcall_names};
use cranelift_object::{ObjectBuilder, ObjectModule};
use heron_ir::{EntityRef, FunctionKind, Module};
use heron_target::ObjectModel;
use rayon::prelude::*;
use std::collections::HashMap;

/// What the object file will be linked into.
#[derive(Clone, Debug)]
pub enum Product {
    /// An extension module: exports `PyInit_<last name component>`.
    ExtensionModule,
    /// An executable: exports `main`, which runs the module as `__main__`.
    Program {
        /// The target interpreter, recorded as `sys.executable`.
        python_executable: String,
    },
}

/// Options for [`compile_module`].
#[derive(Clone, Debug)]
pub struct CodegenOptions {
    /// What is being built.
    pub product: Product,
    /// The absolute source path (`__file__` of programs).
    pub source_path: String,
}

/// Code generation failed (an internal compiler error: IR that passed verification should
/// always compile).
#[derive(Debug)]
pub struct CodegenError {
    /// What went wrong.
    pub message: String,
}

impl std::fmt::Display for CodegenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CodegenError {}

impl CodegenError {
    fn new(message: impl Into<String>) -> Self {
        CodegenError {
            message: message.into(),
        }
    }
}

/// Builds the host ISA with heron's flags: optimize for speed, position-independent code (the
/// object may go into a shared library), frame pointers kept (so profilers and the runtime's
/// backtraces can walk through compiled frames).
fn host_isa() -> Result<OwnedTargetIsa, CodegenError> {
    let mut flags = settings::builder();
    for (name, value) in [
        ("opt_level", "speed"),
        ("is_pic", "true"),
        ("preserve_frame_pointers", "true"),
        ("unwind_info", "false"),
        // heron-opt verifies the IR; Cranelift's own verifier only in debug builds.
        (
            "enable_verifier",
            if cfg!(debug_assertions) {
                "true"
            } else {
                "false"
            },
        ),
    ] {
        flags
            .set(name, value)
            .map_err(|e| CodegenError::new(format!("cranelift flag {name}: {e}")))?;
    }
    let isa_builder = cranelift_native::builder()
        .map_err(|e| CodegenError::new(format!("unsupported host: {e}")))?;
    isa_builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| CodegenError::new(format!("cannot configure cranelift: {e}")))
}

/// The native signature of a compiled body (see [`heron_ir::abi`]).
fn body_signature(kind: FunctionKind, call_conv: CallConv) -> Signature {
    let mut sig = Signature::new(call_conv);
    // (globals, frame), (func, args, frame) or (func, args, frame, state, sent).
    let params = match kind {
        FunctionKind::Module => 2,
        FunctionKind::Function => 3,
        FunctionKind::Generator => 5,
    };
    for _ in 0..params {
        sig.params.push(AbiParam::new(types::I64));
    }
    sig.returns.push(AbiParam::new(types::I64));
    sig
}

/// Compiles an optimized module (refcounts inserted) to an ELF object file.
pub fn compile_module(
    module: &Module,
    model: &ObjectModel,
    options: &CodegenOptions,
) -> Result<Vec<u8>, CodegenError> {
    let isa = host_isa()?;
    let call_conv = isa.default_call_conv();
    let mut builder =
        ObjectBuilder::new(isa.clone(), module.name.as_bytes(), default_libcall_names())
            .map_err(|e| CodegenError::new(format!("cannot create object: {e}")))?;
    builder.per_function_section(true);
    let mut obj = ObjectModule::new(builder);

    // Declare every body first so that `MakeFunction` can take any body's address.
    let mut used_names: HashMap<String, u32> = HashMap::new();
    let mut func_ids: Vec<FuncId> = Vec::with_capacity(module.functions.len());
    for (_, f) in module.functions.iter() {
        let base = format!("{}.{}", module.name, f.qualname);
        let n = used_names.entry(base.clone()).or_insert(0);
        *n += 1;
        let symbol = if *n == 1 { base } else { format!("{base}#{n}") };
        let sig = body_signature(f.kind, call_conv);
        let id = obj
            .declare_function(&symbol, Linkage::Local, &sig)
            .map_err(|e| CodegenError::new(format!("declaring {symbol}: {e}")))?;
        func_ids.push(id);
    }

    let tables = data::ModuleTables::declare(&mut obj, module)?;

    // Build the CLIF of every body (sequential: declarations need the module), compile them
    // in parallel (Cranelift's work, most of the time), then add the code to the object.
    let mut cache_sites = 0u32;
    let mut fb_ctx = cranelift_frontend::FunctionBuilderContext::new();
    let mut contexts = Vec::with_capacity(module.functions.len());
    for (fid, f) in module.functions.iter() {
        let id = func_ids[fid.index()];
        let mut ctx = obj.make_context();
        ctx.func.signature = body_signature(f.kind, call_conv);
        ctx.func.name = cranelift_codegen::ir::UserFuncName::user(0, id.as_u32());
        function::translate(
            &mut function::Env {
                obj: &mut obj,
                module,
                model,
                func_ids: &func_ids,
                tables: &tables,
                isa: &*isa,
                cache_sites: &mut cache_sites,
            },
            f,
            &mut ctx.func,
            &mut fb_ctx,
        )?;
        contexts.push((id, f, ctx));
    }
    let compiled: Vec<_> = contexts
        .into_par_iter()
        .map(|(id, f, mut ctx)| {
            let mut ctrl = ControlPlane::default();
            let code = ctx.compile(&*isa, &mut ctrl).map_err(|e| {
                CodegenError::new(format!(
                    "compiling {}.{}: {:?}",
                    module.name, f.qualname, e.inner
                ))
            })?;
            let alignment = u64::from(code.buffer.alignment);
            let bytes = code.code_buffer().to_vec();
            let mach_relocs = code.buffer.relocs().to_vec();
            let relocs: Vec<ModuleReloc> = mach_relocs
                .iter()
                .map(|r| ModuleReloc::from_mach_reloc(r, &ctx.func, id))
                .collect();
            Ok((id, alignment, bytes, relocs))
        })
        .collect::<Result<_, CodegenError>>()?;
    for (id, alignment, bytes, relocs) in compiled {
        obj.define_function_bytes(id, alignment, &bytes, &relocs)
            .map_err(|e| CodegenError::new(format!("defining function: {e}")))?;
    }

    let body = func_ids[module.body.index()];
    tables.define(&mut obj, module, options, body, cache_sites)?;
    data::define_entry_point(&mut obj, module, options, &tables, call_conv)?;

    let product = obj.finish();
    product
        .emit()
        .map_err(|e| CodegenError::new(format!("writing object: {e}")))
}
