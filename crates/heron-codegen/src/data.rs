//! Module-level data: the constant blob, the constant table, `ModuleInfo` and the entry point.

use crate::CodegenError;
use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, types};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module as _};
use cranelift_object::ObjectModule;
use heron_ir::abi::{MAIN, MODULE_INFO_ABI_VERSION, MODULE_INIT};
use heron_ir::{Constant, EntityRef, Module};

/// Size of `ModuleInfo` (eleven 8-byte fields; see [`heron_ir::abi`]).
const MODULE_INFO_SIZE: usize = 88;

/// The data objects of one module.
pub(crate) struct ModuleTables {
    /// The writable constant table: `nconsts` pointer slots the runtime fills at import.
    pub(crate) consts: DataId,
    /// The `ModuleInfo` record.
    pub(crate) info: DataId,
    /// One [`heron_ir::abi::SITE_CACHE_SIZE`]-byte cache per call site of a cached helper.
    pub(crate) site_caches: DataId,
    blob: DataId,
    name: DataId,
    source_path: DataId,
    python_executable: DataId,
}

fn err(what: &str, e: impl std::fmt::Display) -> CodegenError {
    CodegenError::new(format!("{what}: {e}"))
}

impl ModuleTables {
    /// Declares the data objects (defined later by [`ModuleTables::define`]).
    pub(crate) fn declare(obj: &mut ObjectModule, module: &Module) -> Result<Self, CodegenError> {
        let mut declare = |suffix: &str, writable: bool| {
            let name = format!("{}.{suffix}", module.name);
            obj.declare_data(&name, Linkage::Local, writable, false)
                .map_err(|e| err(&format!("declaring {name}"), e))
        };
        Ok(ModuleTables {
            consts: declare("__consts__", true)?,
            info: declare("__info__", true)?,
            site_caches: declare("__site_caches__", true)?,
            blob: declare("__const_blob__", false)?,
            name: declare("__name__", false)?,
            source_path: declare("__source_path__", false)?,
            python_executable: declare("__python_executable__", false)?,
        })
    }

    /// Defines the tables and `ModuleInfo` once all bodies are declared.
    pub(crate) fn define(
        &self,
        obj: &mut ObjectModule,
        module: &Module,
        options: &crate::CodegenOptions,
        body: FuncId,
        cache_sites: u32,
    ) -> Result<(), CodegenError> {
        let nconsts = module.consts.len();

        let mut desc = DataDescription::new();
        // Zero-initialized (.bss): caches cost no file size.
        let size = heron_ir::abi::SITE_CACHE_SIZE * cache_sites.max(1);
        desc.define_zeroinit(size as usize);
        // Cache-line aligned, so that no entry straddles two lines.
        desc.set_align(64);
        obj.define_data(self.site_caches, &desc)
            .map_err(|e| err("site caches", e))?;

        // A zeroed table with no relocations: `define` (not `define_zeroinit`, which would put
        // it in .bss — fine here, but keep all tables alike), at least one slot so that the
        // symbol has a size.
        let mut desc = DataDescription::new();
        desc.define(vec![0u8; 8 * nconsts.max(1)].into_boxed_slice());
        desc.set_align(8);
        obj.define_data(self.consts, &desc)
            .map_err(|e| err("constant table", e))?;

        let mut desc = DataDescription::new();
        desc.define(serialize_constants(module).into_boxed_slice());
        obj.define_data(self.blob, &desc)
            .map_err(|e| err("constant blob", e))?;

        let cstr = |s: &str| {
            let mut bytes = s.as_bytes().to_vec();
            bytes.push(0);
            bytes.into_boxed_slice()
        };
        let exe = match &options.product {
            crate::Product::Program { python_executable } => Some(python_executable.as_str()),
            crate::Product::ExtensionModule => None,
        };
        for (id, text) in [
            (self.name, Some(module.name.as_str())),
            (self.source_path, Some(options.source_path.as_str())),
            (self.python_executable, exe),
        ] {
            let mut desc = DataDescription::new();
            desc.define(cstr(text.unwrap_or("")));
            obj.define_data(id, &desc)
                .map_err(|e| err("string data", e))?;
        }

        let mut info = vec![0u8; MODULE_INFO_SIZE];
        let put = |info: &mut Vec<u8>, offset: usize, v: u64| {
            info[offset..offset + 8].copy_from_slice(&v.to_le_bytes());
        };
        put(&mut info, 0, MODULE_INFO_ABI_VERSION);
        put(&mut info, 24, serialize_constants(module).len() as u64);
        put(&mut info, 40, nconsts as u64);
        put(&mut info, 72, module.filename_const.index() as u64);
        put(
            &mut info,
            80,
            u64::from(module.functions[module.body].max_line()),
        );
        let mut desc = DataDescription::new();
        desc.define(info.into_boxed_slice());
        desc.set_align(8);
        let name = obj.declare_data_in_data(self.name, &mut desc);
        let blob = obj.declare_data_in_data(self.blob, &mut desc);
        let consts = obj.declare_data_in_data(self.consts, &mut desc);
        let source = obj.declare_data_in_data(self.source_path, &mut desc);
        desc.write_data_addr(8, name, 0);
        desc.write_data_addr(16, blob, 0);
        desc.write_data_addr(32, consts, 0);
        let body = obj.declare_func_in_data(body, &mut desc);
        desc.write_function_addr(48, body);
        desc.write_data_addr(56, source, 0);
        if exe.is_some() {
            let exe = obj.declare_data_in_data(self.python_executable, &mut desc);
            desc.write_data_addr(64, exe, 0);
        }
        obj.define_data(self.info, &desc)
            .map_err(|e| err("module info", e))
    }
}

/// Serializes the constant table in the blob format of [`heron_ir::abi`].
fn serialize_constants(module: &Module) -> Vec<u8> {
    let mut out = Vec::new();
    let len = |out: &mut Vec<u8>, n: usize| out.extend_from_slice(&(n as u32).to_le_bytes());
    for (_, c) in module.consts.iter() {
        match c {
            Constant::None => out.push(b'N'),
            Constant::Bool(true) => out.push(b'T'),
            Constant::Bool(false) => out.push(b'F'),
            Constant::Ellipsis => out.push(b'E'),
            Constant::Int(i) => match i64::try_from(i) {
                Ok(small) => {
                    out.push(b'i');
                    out.extend_from_slice(&small.to_le_bytes());
                }
                Err(_) => {
                    let digits = i.to_string();
                    out.push(b'I');
                    len(&mut out, digits.len());
                    out.extend_from_slice(digits.as_bytes());
                }
            },
            Constant::Float(f) => {
                out.push(b'f');
                out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Constant::Complex(re, im) => {
                out.push(b'c');
                out.extend_from_slice(&re.to_bits().to_le_bytes());
                out.extend_from_slice(&im.to_bits().to_le_bytes());
            }
            Constant::Str(s) => {
                let bytes = s.to_wtf8();
                out.push(b's');
                len(&mut out, bytes.len());
                out.extend_from_slice(&bytes);
            }
            Constant::Bytes(b) => {
                out.push(b'b');
                len(&mut out, b.len());
                out.extend_from_slice(b);
            }
            Constant::Tuple(items) => {
                out.push(b't');
                len(&mut out, items.len());
                for item in items {
                    out.extend_from_slice(&(item.index() as u32).to_le_bytes());
                }
            }
        }
    }
    out
}

/// Defines the exported entry point: `PyInit_<last>()` or `main(argc, argv)`.
pub(crate) fn define_entry_point(
    obj: &mut ObjectModule,
    module: &Module,
    options: &crate::CodegenOptions,
    tables: &ModuleTables,
    call_conv: CallConv,
) -> Result<(), CodegenError> {
    let program = matches!(options.product, crate::Product::Program { .. });
    let mut sig = Signature::new(call_conv);
    let mut target_sig = Signature::new(call_conv);
    let (symbol, target) = if program {
        sig.params.push(AbiParam::new(types::I32));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I32));
        target_sig.params.push(AbiParam::new(types::I32));
        target_sig.params.push(AbiParam::new(types::I64));
        target_sig.params.push(AbiParam::new(types::I64));
        target_sig.returns.push(AbiParam::new(types::I32));
        ("main".to_string(), MAIN)
    } else {
        sig.returns.push(AbiParam::new(types::I64));
        target_sig.params.push(AbiParam::new(types::I64));
        target_sig.returns.push(AbiParam::new(types::I64));
        let last = module.name.rsplit('.').next().unwrap_or(&module.name);
        (format!("PyInit_{last}"), MODULE_INIT)
    };
    let entry = obj
        .declare_function(&symbol, Linkage::Export, &sig)
        .map_err(|e| err(&format!("declaring {symbol}"), e))?;
    let callee = obj
        .declare_function(target, Linkage::Import, &target_sig)
        .map_err(|e| err(&format!("declaring {target}"), e))?;

    let mut ctx = obj.make_context();
    ctx.func.signature = sig;
    let mut fbc = FunctionBuilderContext::new();
    let frontend_config = obj.isa().frontend_config();
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fbc);
        let block = b.create_block();
        b.append_block_params_for_function_params(block);
        b.switch_to_block(block);
        let params = b.block_params(block).to_vec();
        let info_gv = obj.declare_data_in_func(tables.info, b.func);
        let info = b.ins().symbol_value(types::I64, info_gv);
        let callee = obj.declare_func_in_func(callee, b.func);
        let mut args = params;
        args.push(info);
        let call = b.ins().call(callee, &args);
        let ret = b.inst_results(call)[0];
        b.ins().return_(&[ret]);
        b.seal_all_blocks();
        b.finalize(frontend_config);
    }
    obj.define_function(entry, &mut ctx)
        .map_err(|e| err(&format!("compiling {symbol}"), e))
}
