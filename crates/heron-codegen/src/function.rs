//! Translation of one IR function body to Cranelift IR.
//!
//! The mapping is direct: each IR block becomes a CLIF block, each IR value a CLIF value (IR
//! values are SSA and their definitions dominate their uses, as CLIF requires), each IR
//! variable a `cranelift_frontend` variable (so variables that stay in registers cost
//! nothing). What codegen adds:
//! - the error edges: after each fallible operation a test on its result (per the helper's
//!   [`ErrorKind`]) branching to a cold block that records the traceback entry for this frame
//!   (when the row says so) and jumps to the handler block;
//! - the function exit: one shared block that releases every variable and returns;
//! - reference counting inline (`ob_refcnt` increments, and `_Py_Dealloc` when a decrement
//!   reaches zero), using the target's object layout.

use crate::CodegenError;
use crate::data::ModuleTables;
use cranelift_codegen::ir::{
    self, AbiParam, Block, BlockArg, FuncRef, InstBuilder, MemFlagsData, Signature, StackSlot,
    StackSlotData, StackSlotKind, TrapCode, Value, condcodes::IntCC, types,
};
use cranelift_codegen::isa::TargetIsa;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, FuncId, Linkage, Module as _};
use cranelift_object::ObjectModule;
use heron_ir::abi::{
    CLOSURE_CELL, ERROR_OCCURRED, FRAME_BUILTINS_OFFSET, FRAME_GLOBALS_OFFSET,
    FRAME_PREV_INSTR_OFFSET, GEN_CODE_BASE_OFFSET, GEN_RESUME_OFFSET, GEN_SLOTS_OFFSET,
    GEN_YIELDFROM_OFFSET, SITE_CACHE_SIZE, TRACEBACK_HERE, YIELD_FROM,
};
use heron_ir::{
    BlockId, EntityRef, ErrorKind, Function, FunctionKind, InstData, InstId, Module, Op, Param,
    RetKind, RtFunc, SuspendKind, Terminator, Type, ValueId,
};
use heron_target::ObjectModel;
use std::collections::HashMap;

/// Above this many (blocks × variables), variables live in a stack array rather than in SSA
/// variables (see `Translator::run`).
const STACK_VARS_THRESHOLD: usize = 100_000;

/// Where a function keeps its IR variables.
#[derive(Copy, Clone)]
enum VarHome {
    /// In `cranelift_frontend` variables (registers where possible).
    Ssa,
    /// In a stack array (huge functions).
    Stack(StackSlot),
    /// In the generator object's slots, at this address (generator bodies).
    Heap(Value),
}

/// The storage layout of a generator body: the values saved across its suspension points
/// (each gets the slot after the variables', in this order) and the suspension points in
/// resume-index order (index 1 first).
pub(crate) struct GeneratorLayout {
    /// Values live across some suspension point: the `nowned` ones holding a reference of
    /// their own first (see `heron_ir::abi`, "Generators").
    pub(crate) saved: Vec<ValueId>,
    /// How many of `saved` hold a reference of their own.
    pub(crate) nowned: usize,
    /// The suspension points.
    pub(crate) suspends: Vec<InstId>,
}

impl GeneratorLayout {
    /// The layout of `f` (empty for non-generators).
    pub(crate) fn of(f: &Function) -> GeneratorLayout {
        let mut saved: Vec<ValueId> = Vec::new();
        let mut owned: Vec<ValueId> = Vec::new();
        let mut suspends = Vec::new();
        // Only instructions placed in reachable blocks: passes leave dropped ones in the arena.
        for b in f.reverse_postorder() {
            for &id in &f.blocks[b].insts {
                if let Op::Suspend { live, owned: n, .. } = &f.insts[id].op {
                    suspends.push(id);
                    owned.extend(&live[..*n]);
                    saved.extend(&live[*n..]);
                }
            }
        }
        suspends.sort_by_key(|i| i.index());
        for list in [&mut saved, &mut owned] {
            list.sort_by_key(|v| v.index());
            list.dedup();
        }
        let nowned = owned.len();
        owned.extend(saved);
        GeneratorLayout {
            saved: owned,
            nowned,
            suspends,
        }
    }

    /// `gen_layout` for `heron_rt_make_function`: `nvars | nsaved << 32 | nowned << 48` (see
    /// `heron_ir::abi`).
    pub(crate) fn encoded(f: &Function) -> Result<i64, CodegenError> {
        if f.kind != FunctionKind::Generator {
            return Ok(0);
        }
        let layout = GeneratorLayout::of(f);
        if f.vars.len() >= 1 << 32 || layout.saved.len() >= 1 << 16 {
            return Err(CodegenError::new(format!(
                "{}: too many values live across its suspension points",
                f.qualname
            )));
        }
        Ok(f.vars.len() as i64 | (layout.saved.len() as i64) << 32 | (layout.nowned as i64) << 48)
    }
}

/// What translation needs from the module being compiled.
pub(crate) struct Env<'a> {
    /// The object being written (for declaring imports).
    pub(crate) obj: &'a mut ObjectModule,
    /// The IR module.
    pub(crate) module: &'a Module,
    /// The target's object layout.
    pub(crate) model: &'a ObjectModel,
    /// The Cranelift id of each IR function, indexed by `FuncId`.
    pub(crate) func_ids: &'a [FuncId],
    /// The module's data objects.
    pub(crate) tables: &'a ModuleTables,
    /// The target ISA.
    pub(crate) isa: &'a dyn TargetIsa,
    /// `LoadGlobal` sites numbered so far in the module (each gets a cache slot).
    pub(crate) cache_sites: &'a mut u32,
}

/// Translates `f` into `func` (whose signature is already set).
pub(crate) fn translate(
    env: &mut Env<'_>,
    f: &Function,
    func: &mut ir::Function,
    fbc: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    let frontend_config = env.isa.frontend_config();
    let b = FunctionBuilder::new(func, fbc);
    let mut t = Translator {
        env,
        f,
        b,
        blocks: Vec::new(),
        values: vec![None; f.values.len()],
        maybe_null: vec![false; f.values.len()],
        vars: Vec::new(),
        var_home: VarHome::Ssa,
        huge: false,
        state: None,
        sent: None,
        saved: vec![None; f.values.len()],
        owned_saved: Vec::new(),
        resumes: HashMap::new(),
        imports: HashMap::new(),
        data_imports: HashMap::new(),
        err_blocks: HashMap::new(),
        exit: None,
        consts: None,
        globals: None,
        builtins: None,
        func_param: None,
        args_param: None,
        site_caches: None,
        frame: None,
        frame_lines: f.max_line() - f.first_line + 1,
        frame_line: None,
        scratch: None,
    };
    t.run()?;
    t.b.seal_all_blocks();
    t.b.finalize(frontend_config);
    Ok(())
}

struct Translator<'e, 'a, 'f> {
    env: &'e mut Env<'a>,
    f: &'f Function,
    b: FunctionBuilder<'f>,
    blocks: Vec<Block>,
    values: Vec<Option<Value>>,
    /// Values that may be `NULL` (their refcount operations need a test).
    maybe_null: Vec<bool>,
    vars: Vec<Variable>,
    /// Where variables live (`vars` is used only for [`VarHome::Ssa`]).
    var_home: VarHome,
    /// A huge function: reference counting out of line, to keep compile time down.
    huge: bool,
    /// Generator bodies: the `GenState` and the value resumed with.
    state: Option<Value>,
    sent: Option<Value>,
    /// Generator bodies: values saved across suspensions, as a frontend variable (so that
    /// the reload on resumption is just another definition) and their slot index.
    saved: Vec<Option<(Variable, u32)>>,
    /// Generator bodies: the saved values holding a reference of their own.
    owned_saved: Vec<ValueId>,
    /// Generator bodies: each suspension point's resume index and the block resuming there.
    resumes: HashMap<InstId, (i64, Block)>,
    imports: HashMap<&'static str, FuncRef>,
    data_imports: HashMap<&'static str, ir::GlobalValue>,
    /// Error landing blocks, shared per (handler, line, adds-traceback).
    err_blocks: HashMap<(BlockId, u32, bool), Block>,
    exit: Option<Block>,
    consts: Option<Value>,
    globals: Option<Value>,
    /// The builtins namespace, read from the frame at entry.
    builtins: Option<Value>,
    func_param: Option<Value>,
    args_param: Option<Value>,
    /// Base address of the module's global-load caches (if the function loads globals).
    site_caches: Option<Value>,
    /// The frame (see `heron_ir::abi`) and the initial `prev_instr` (line `first_line`).
    frame: Option<(Value, Value)>,
    /// Number of lines the frame code covers.
    frame_lines: u32,
    /// The line `prev_instr` was last set to in the current block.
    frame_line: Option<u32>,
    /// One stack array reused by every variadic call (arguments are evaluated before the call,
    /// so calls never overlap), with one spare leading slot for `PY_VECTORCALL_ARGUMENTS_OFFSET`.
    scratch: Option<StackSlot>,
}

fn trusted() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl Translator<'_, '_, '_> {
    fn run(&mut self) -> Result<(), CodegenError> {
        let f = self.f;
        let start = self.b.create_block();
        self.b.append_block_params_for_function_params(start);
        self.blocks = f.blocks.keys().map(|_| self.b.create_block()).collect();
        for (id, data) in f.blocks.iter() {
            if data.cold {
                self.b.set_cold_block(self.blocks[id.index()]);
            }
        }
        let exit = self.b.create_block();
        self.b.append_block_param(exit, types::I64);
        self.exit = Some(exit);

        // Entry: parameters, table bases, variables initialised to NULL.
        self.b.switch_to_block(start);
        let params = self.b.block_params(start).to_vec();
        let consts_gv = self
            .env
            .obj
            .declare_data_in_func(self.env.tables.consts, self.b.func);
        self.consts = Some(self.b.ins().symbol_value(types::I64, consts_gv));
        match f.kind {
            FunctionKind::Module => {
                self.globals = Some(params[0]);
                self.frame = Some(self.frame_with_base(params[1]));
                let b = self
                    .b
                    .ins()
                    .load(types::I64, trusted(), params[1], FRAME_BUILTINS_OFFSET);
                self.builtins = Some(b);
            }
            FunctionKind::Function | FunctionKind::Generator => {
                let frame = params[2];
                if f.kind == FunctionKind::Generator {
                    // `prev_instr` holds the line of the last suspension, not the code start.
                    let state = params[3];
                    let base =
                        self.b
                            .ins()
                            .load(types::I64, trusted(), state, GEN_CODE_BASE_OFFSET);
                    self.frame = Some((frame, base));
                    self.state = Some(state);
                    self.sent = Some(params[4]);
                } else {
                    self.frame = Some(self.frame_with_base(frame));
                }
                self.func_param = Some(params[0]);
                self.args_param = Some(params[1]);
                // The runtime put the function's globals in the frame.
                let g = self
                    .b
                    .ins()
                    .load(types::I64, trusted(), frame, FRAME_GLOBALS_OFFSET);
                self.globals = Some(g);
                let b = self
                    .b
                    .ins()
                    .load(types::I64, trusted(), frame, FRAME_BUILTINS_OFFSET);
                self.builtins = Some(b);
            }
        }
        let max_variadic = f
            .insts
            .iter()
            .filter_map(|(_, i)| match &i.op {
                Op::Call { func, args } if func.sig().variadic => {
                    Some(args.len() - func.sig().params.len())
                }
                _ => None,
            })
            .max();
        if let Some(n) = max_variadic {
            let size = 8 * (n as u32 + 1);
            self.scratch = Some(self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                size,
                3,
            )));
        }
        let uses_site_caches = f.insts.values().any(|i| match &i.op {
            Op::Call { func, .. } => func.sig().site_cache,
            Op::MakeFunction { .. } => true,
            _ => false,
        });
        if uses_site_caches {
            let gv = self
                .env
                .obj
                .declare_data_in_func(self.env.tables.site_caches, self.b.func);
            self.site_caches = Some(self.b.ins().symbol_value(types::I64, gv));
        }
        let zero = self.b.ins().iconst(types::I64, 0);
        if let Some(state) = self.state {
            // Generator body: variables live in the generator object (zeroed by the runtime).
            let slots = self.b.ins().iadd_imm_s(state, i64::from(GEN_SLOTS_OFFSET));
            self.var_home = VarHome::Heap(slots);
            let layout = GeneratorLayout::of(f);
            for (j, &v) in layout.saved.iter().enumerate() {
                let var = self.b.declare_var(clif_type(f.value_type(v)));
                self.saved[v.index()] = Some((var, (f.vars.len() + j) as u32));
            }
            self.owned_saved = layout.saved[..layout.nowned].to_vec();
            for (k, &id) in layout.suspends.iter().enumerate() {
                let blk = self.b.create_block();
                self.resumes.insert(id, (k as i64 + 1, blk));
            }
        } else if f.blocks.len() * f.vars.len() > STACK_VARS_THRESHOLD {
            // Huge function: SSA variables would need a phi per variable at every merge point
            // (the exit block reads them all), which makes compile time explode; keep the
            // variables in a stack array instead.
            let size = 8 * f.vars.len() as u32;
            let slot = self.b.create_sized_stack_slot(StackSlotData::new(
                StackSlotKind::ExplicitSlot,
                size,
                3,
            ));
            for i in 0..f.vars.len() {
                self.b
                    .ins()
                    .stack_store(types::I64, zero, slot, (i * 8) as i32);
            }
            self.var_home = VarHome::Stack(slot);
            self.huge = true;
        } else {
            for _ in f.vars.keys() {
                let v = self.b.declare_var(types::I64);
                self.b.def_var(v, zero);
                self.vars.push(v);
            }
        }
        let entry = self.blocks[f.entry.index()];
        if self.state.is_some() {
            self.dispatch(entry);
        } else {
            self.b.ins().jump(entry, &[]);
        }

        for block in f.reverse_postorder() {
            self.block(block)?;
        }

        self.fill_err_blocks();

        // Exit: release every variable, return the value (or NULL when unwinding).
        self.b.switch_to_block(exit);
        let ret = self.b.block_params(exit)[0];
        for i in 0..f.vars.len() {
            let v = self.read_var(i);
            if self.state.is_some() {
                // The generator object must not see them again.
                let null = self.b.ins().iconst(types::I64, 0);
                self.write_var(i, null);
            }
            self.decref(v, true);
        }
        if let Some(state) = self.state {
            let finished = self.b.ins().iconst(types::I64, -1);
            self.b
                .ins()
                .store(trusted(), finished, state, GEN_RESUME_OFFSET);
        }
        self.b.ins().return_(&[ret]);
        Ok(())
    }

    /// The frame and its `prev_instr` as passed in (the first instruction of the frame code).
    fn frame_with_base(&mut self, frame: Value) -> (Value, Value) {
        let base = self
            .b
            .ins()
            .load(types::I64, trusted(), frame, FRAME_PREV_INSTR_OFFSET);
        (frame, base)
    }

    /// A generator body's entry: continue where the last suspension left off, per
    /// `state->resume` (see `heron_ir::abi`).
    fn dispatch(&mut self, entry: Block) {
        let state = self.state.expect("generator state");
        let sent = self.sent.expect("sent value");
        let resume = self
            .b
            .ins()
            .load(types::I64, trusted(), state, GEN_RESUME_OFFSET);
        let start = self.b.create_block();
        let invalid = self.b.create_block();
        self.b.set_cold_block(invalid);
        let mut targets: Vec<(i64, Block)> = self.resumes.values().copied().collect();
        targets.sort();
        let mut table = vec![self.b.func.dfg.block_call(start, &[])];
        for (_, blk) in targets {
            table.push(self.b.func.dfg.block_call(blk, &[]));
        }
        let default = self.b.func.dfg.block_call(invalid, &[]);
        let jt = self
            .b
            .create_jump_table(ir::JumpTableData::new(default, &table));
        let index = self.b.ins().ireduce(types::I32, resume);
        self.b.ins().br_table(index, jt);

        // The runtime never resumes a finished generator.
        self.b.switch_to_block(invalid);
        self.b.ins().trap(TrapCode::unwrap_user(2));

        // Not started: run from the top, or raise what was thrown in at the first line.
        self.b.switch_to_block(start);
        let thrown = self.b.create_block();
        self.b.set_cold_block(thrown);
        self.b.ins().brif(sent, entry, &[], thrown, &[]);
        self.b.switch_to_block(thrown);
        self.traceback_here(self.f.first_line);
        let exit = self.exit.expect("exit block");
        let null = self.b.ins().iconst(types::I64, 0);
        self.b.ins().jump(exit, &[BlockArg::Value(null)]);
    }

    /// Calls the traceback intrinsic for `line` of this function.
    fn traceback_here(&mut self, line: u32) {
        let tb = self.import(TRACEBACK_HERE, &[types::I64; 4], &[]);
        let globals = self.globals.expect("globals");
        let filename = self.load_const(self.env.module.filename_const.index() as u32);
        let name = self.load_const(self.f.name_const.index() as u32);
        let line = self.b.ins().iconst(types::I64, i64::from(line));
        self.b.ins().call(tb, &[globals, filename, name, line]);
    }

    /// A suspension point (see `heron_ir::abi`): saves the live values, records where to
    /// resume and returns the yielded value; the resume block reloads them and continues with
    /// the value sent in, or raises what was thrown in.
    fn suspend(
        &mut self,
        id: InstId,
        inst: &InstData,
        kind: SuspendKind,
        value: ValueId,
        (live, nowned): (&[ValueId], usize),
    ) -> Result<(), CodegenError> {
        let state = self.state.ok_or_else(|| {
            CodegenError::new(format!("{}: yield outside a generator", self.f.qualname))
        })?;
        let (index, resume) = self.resumes[&id];
        let line = inst.loc.line;
        let err = self.inst_err(inst)?;
        let cont = self.b.create_block();
        self.b.append_block_param(cont, types::I64);
        let v = self.value(value)?;
        let yielded = match kind {
            SuspendKind::Yield => v,
            SuspendKind::Delegate => {
                self.set_frame_line(line);
                let yf = self.import(YIELD_FROM, &[types::I64, types::I64], &[types::I64]);
                let call = self.b.ins().call(yf, &[state, v]);
                let r = self.b.inst_results(call)[0];
                let eb = self.err_block(err, line, true);
                let ok = self.b.create_block();
                self.b.ins().brif(r, ok, &[], eb, &[]);
                self.b.switch_to_block(ok);
                // The delegate finished at once unless the helper stored it as `yieldfrom`.
                let delegate =
                    self.b
                        .ins()
                        .load(types::I64, trusted(), state, GEN_YIELDFROM_OFFSET);
                let suspend = self.b.create_block();
                self.b
                    .ins()
                    .brif(delegate, suspend, &[], cont, &[BlockArg::Value(r)]);
                self.b.switch_to_block(suspend);
                r
            }
        };
        let slots = match self.var_home {
            VarHome::Heap(slots) => slots,
            _ => unreachable!("generator variables live in the generator"),
        };
        for &l in live {
            let (_, slot) = self.saved[l.index()].expect("saved value");
            let lv = self.value(l)?;
            self.b.ins().store(trusted(), lv, slots, (slot * 8) as i32);
        }
        // Owned slots not in use here hold `NULL` (the runtime reports the others to the GC).
        let here = &live[..nowned];
        let unused: Vec<u32> = self
            .owned_saved
            .iter()
            .filter(|v| !here.contains(v))
            .map(|v| self.saved[v.index()].expect("saved value").1)
            .collect();
        if !unused.is_empty() {
            let null = self.b.ins().iconst(types::I64, 0);
            for slot in unused {
                self.b
                    .ins()
                    .store(trusted(), null, slots, (slot * 8) as i32);
            }
        }
        let k = self.b.ins().iconst(types::I64, index);
        self.b.ins().store(trusted(), k, state, GEN_RESUME_OFFSET);
        self.set_frame_line(line);
        self.b.ins().return_(&[yielded]);

        self.b.switch_to_block(resume);
        self.frame_line = None;
        for &l in live {
            let (var, slot) = self.saved[l.index()].expect("saved value");
            let ty = clif_type(self.f.value_type(l));
            let lv = self.b.ins().load(ty, trusted(), slots, (slot * 8) as i32);
            self.b.def_var(var, lv);
        }
        let sent = self.sent.expect("sent value");
        let thrown = self.b.create_block();
        self.b.set_cold_block(thrown);
        self.b
            .ins()
            .brif(sent, cont, &[BlockArg::Value(sent)], thrown, &[]);
        self.b.switch_to_block(thrown);
        let eb = self.err_block(err, line, true);
        self.b.ins().jump(eb, &[]);

        self.b.switch_to_block(cont);
        self.frame_line = None;
        let r = self.b.block_params(cont)[0];
        self.define(inst, r, false);
        Ok(())
    }

    /// The current contents of variable `i`.
    fn read_var(&mut self, i: usize) -> Value {
        match self.var_home {
            VarHome::Stack(slot) => {
                self.b
                    .ins()
                    .stack_load(types::I64, types::I64, slot, (i * 8) as i32)
            }
            VarHome::Heap(base) => self
                .b
                .ins()
                .load(types::I64, trusted(), base, (i * 8) as i32),
            VarHome::Ssa => self.b.use_var(self.vars[i]),
        }
    }

    /// Sets variable `i`.
    fn write_var(&mut self, i: usize, v: Value) {
        match self.var_home {
            VarHome::Stack(slot) => {
                self.b
                    .ins()
                    .stack_store(types::I64, v, slot, (i * 8) as i32);
            }
            VarHome::Heap(base) => {
                self.b.ins().store(trusted(), v, base, (i * 8) as i32);
            }
            VarHome::Ssa => self.b.def_var(self.vars[i], v),
        }
    }

    fn value(&mut self, v: ValueId) -> Result<Value, CodegenError> {
        if let Some((var, _)) = self.saved[v.index()] {
            return Ok(self.b.use_var(var));
        }
        self.values[v.index()].ok_or_else(|| {
            CodegenError::new(format!(
                "{}: value {v} used before its definition",
                self.f.qualname
            ))
        })
    }

    fn import(&mut self, name: &'static str, params: &[ir::Type], rets: &[ir::Type]) -> FuncRef {
        if let Some(&r) = self.imports.get(name) {
            return r;
        }
        let mut sig = Signature::new(self.env.isa.default_call_conv());
        sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        sig.returns.extend(rets.iter().map(|&t| AbiParam::new(t)));
        let id = self
            .env
            .obj
            .declare_function(name, Linkage::Import, &sig)
            .expect("runtime helper declared twice with different signatures");
        let r = self.env.obj.declare_func_in_func(id, self.b.func);
        self.imports.insert(name, r);
        r
    }

    fn import_data(&mut self, name: &'static str) -> Result<Value, CodegenError> {
        let gv = match self.data_imports.get(name) {
            Some(&gv) => gv,
            None => {
                let id: DataId = self
                    .env
                    .obj
                    .declare_data(name, Linkage::Import, false, false)
                    .map_err(|e| CodegenError::new(format!("declaring {name}: {e}")))?;
                let gv = self.env.obj.declare_data_in_func(id, self.b.func);
                self.data_imports.insert(name, gv);
                gv
            }
        };
        Ok(self.b.ins().symbol_value(types::I64, gv))
    }

    fn load_const(&mut self, index: u32) -> Value {
        let base = self.consts.expect("constant table base");
        self.b.ins().load(
            types::I64,
            trusted().with_readonly(),
            base,
            (index * 8) as i32,
        )
    }

    // ---- reference counting ------------------------------------------------------------

    /// Adds `delta` to `v`'s reference count (skipped for `NULL` when `maybe_null`); returns
    /// the new count and the block where control continues (the caller must jump there).
    fn add_refcnt(&mut self, v: Value, maybe_null: bool, delta: i64) -> (Value, Block) {
        let off = self.env.model.refcnt_offset;
        let cont = self.b.create_block();
        if maybe_null {
            let doit = self.b.create_block();
            self.b.ins().brif(v, doit, &[], cont, &[]);
            self.b.switch_to_block(doit);
        }
        let rc = self.b.ins().load(types::I64, trusted(), v, off);
        let rc = self.b.ins().iadd_imm_s(rc, delta);
        self.b.ins().store(trusted(), rc, v, off);
        (rc, cont)
    }

    fn incref(&mut self, v: Value, maybe_null: bool) {
        if self.huge {
            // Huge function: out of line, to keep the block count (and compile time) down.
            let f = self.import("Py_IncRef", &[types::I64], &[]);
            self.b.ins().call(f, &[v]);
            return;
        }
        if !maybe_null {
            let off = self.env.model.refcnt_offset;
            let rc = self.b.ins().load(types::I64, trusted(), v, off);
            let rc = self.b.ins().iadd_imm_s(rc, 1);
            self.b.ins().store(trusted(), rc, v, off);
            return;
        }
        let (_, cont) = self.add_refcnt(v, maybe_null, 1);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    fn decref(&mut self, v: Value, maybe_null: bool) {
        if self.huge {
            let f = self.import("Py_DecRef", &[types::I64], &[]);
            self.b.ins().call(f, &[v]);
            return;
        }
        let (rc, cont) = self.add_refcnt(v, maybe_null, -1);
        let dealloc = self.b.create_block();
        self.b.set_cold_block(dealloc);
        self.b.ins().brif(rc, cont, &[], dealloc, &[]);
        self.b.switch_to_block(dealloc);
        let d = self.import("_Py_Dealloc", &[types::I64], &[]);
        self.b.ins().call(d, &[v]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    // ---- error edges -------------------------------------------------------------------

    /// The block an error of an instruction at `line` jumps to: it adds this frame's traceback
    /// entry (if `adds_traceback`) and continues at the IR handler `target`.
    fn err_block(&mut self, target: BlockId, line: u32, adds_traceback: bool) -> Block {
        if let Some(&b) = self.err_blocks.get(&(target, line, adds_traceback)) {
            return b;
        }
        // Filled by `fill_err_blocks` at the end: the builder cannot leave a block half-built.
        let blk = self.b.create_block();
        self.b.set_cold_block(blk);
        self.err_blocks.insert((target, line, adds_traceback), blk);
        blk
    }

    fn fill_err_blocks(&mut self) {
        let mut pending: Vec<_> = self.err_blocks.iter().map(|(&k, &b)| (k, b)).collect();
        pending.sort_by_key(|&(_, b)| b);
        for ((target, line, adds_traceback), blk) in pending {
            self.b.switch_to_block(blk);
            if adds_traceback {
                self.traceback_here(line);
            }
            let handler = self.blocks[target.index()];
            self.b.ins().jump(handler, &[]);
        }
    }

    fn inst_err(&self, inst: &InstData) -> Result<BlockId, CodegenError> {
        inst.err.ok_or_else(|| {
            CodegenError::new(format!(
                "{}: fallible op without error edge",
                self.f.qualname
            ))
        })
    }

    // ---- blocks and instructions -------------------------------------------------------

    fn block(&mut self, id: BlockId) -> Result<(), CodegenError> {
        let f = self.f;
        let data = &f.blocks[id];
        self.b.switch_to_block(self.blocks[id.index()]);
        self.frame_line = None;
        for &id in &data.insts {
            let inst = &f.insts[id];
            if let Op::Suspend {
                kind,
                value,
                live,
                owned,
            } = &inst.op
            {
                self.suspend(id, inst, *kind, *value, (live, *owned))?;
                continue;
            }
            if !self.inst(inst)? {
                // The operation always raises: the rest of the block is dead.
                return Ok(());
            }
        }
        let exit = self.exit.expect("exit block");
        match &data.term {
            Terminator::Jump(t) => {
                let t = self.blocks[t.index()];
                self.b.ins().jump(t, &[]);
            }
            Terminator::Branch {
                cond,
                then_block,
                else_block,
            } => {
                let c = self.value(*cond)?;
                let (t, e) = (
                    self.blocks[then_block.index()],
                    self.blocks[else_block.index()],
                );
                self.b.ins().brif(c, t, &[], e, &[]);
            }
            Terminator::Return(v) => {
                // A frame object that outlives the call reports the line it returned from.
                self.set_frame_line(data.term_loc.line);
                let v = self.value(*v)?;
                self.b.ins().jump(exit, &[BlockArg::Value(v)]);
            }
            Terminator::Unwind => {
                let zero = self.b.ins().iconst(types::I64, 0);
                self.b.ins().jump(exit, &[BlockArg::Value(zero)]);
            }
            Terminator::Unreachable => {
                self.b.ins().trap(TrapCode::unwrap_user(1));
            }
            Terminator::None => {
                return Err(CodegenError::new(format!(
                    "{}: block {id} has no terminator",
                    f.qualname
                )));
            }
        }
        Ok(())
    }

    fn define(&mut self, inst: &InstData, v: Value, maybe_null: bool) {
        if let Some(r) = inst.result {
            if let Some((var, _)) = self.saved[r.index()] {
                self.b.def_var(var, v);
            }
            self.values[r.index()] = Some(v);
            self.maybe_null[r.index()] = maybe_null;
        }
    }

    /// Translates one instruction; returns `false` if control never continues after it.
    fn inst(&mut self, inst: &InstData) -> Result<bool, CodegenError> {
        match &inst.op {
            Op::Const(c) => {
                let v = self.load_const(c.index() as u32);
                self.define(inst, v, false);
            }
            Op::Arg(i) | Op::TakeArg(i) => {
                let args = self.args_param.ok_or_else(|| {
                    CodegenError::new(format!("{}: Arg in a module body", self.f.qualname))
                })?;
                let v = self
                    .b
                    .ins()
                    .load(types::I64, trusted(), args, (*i * 8) as i32);
                self.define(inst, v, false);
            }
            Op::Globals => {
                let g = self.globals.expect("globals");
                self.define(inst, g, false);
            }
            Op::Builtins => {
                let b = self.builtins.expect("builtins");
                self.define(inst, b, false);
            }
            Op::ClosureCell(i) => {
                let func = self.func_param.ok_or_else(|| {
                    CodegenError::new(format!(
                        "{}: closure cell in a module body",
                        self.f.qualname
                    ))
                })?;
                let cc = self.import(CLOSURE_CELL, &[types::I64, types::I64], &[types::I64]);
                let idx = self.b.ins().iconst(types::I64, i64::from(*i));
                let call = self.b.ins().call(cc, &[func, idx]);
                let v = self.b.inst_results(call)[0];
                self.define(inst, v, false);
            }
            Op::Null => {
                let v = self.b.ins().iconst(types::I64, 0);
                self.define(inst, v, true);
            }
            Op::BoolConst(c) => {
                let v = self.b.ins().iconst(types::I8, i64::from(*c));
                self.define(inst, v, false);
            }
            Op::IntConst(c) => {
                let v = self.b.ins().iconst(types::I64, *c);
                self.define(inst, v, false);
            }
            Op::LoadVar { var, unbound } => {
                let v = self.read_var(var.index());
                match unbound {
                    Some(name) => {
                        let err = self.inst_err(inst)?;
                        let ok = self.b.create_block();
                        let raise = self.b.create_block();
                        self.b.set_cold_block(raise);
                        self.b.ins().brif(v, ok, &[], raise, &[]);
                        self.b.switch_to_block(raise);
                        let sig = RtFunc::RaiseUnboundLocal.sig();
                        let r = self.import(sig.symbol, &[types::I64], &[]);
                        let name = self.load_const(name.index() as u32);
                        self.b.ins().call(r, &[name]);
                        let eb = self.err_block(err, inst.loc.line, true);
                        self.b.ins().jump(eb, &[]);
                        self.b.switch_to_block(ok);
                        self.define(inst, v, false);
                    }
                    None => self.define(inst, v, true),
                }
            }
            Op::StoreVar { var, value } => {
                let new = self.value(*value)?;
                let old = self.read_var(var.index());
                self.write_var(var.index(), new);
                self.decref(old, true);
            }
            Op::Call { func, args } => return self.call(inst, *func, args),
            Op::MakeFunction { func, args } => {
                let body = self.env.func_ids[func.index()];
                let body_ref = self.env.obj.declare_func_in_func(body, self.b.func);
                let addr = self.b.ins().func_addr(types::I64, body_ref);
                let mut vals = vec![addr];
                for a in args {
                    vals.push(self.value(*a)?);
                }
                let layout = GeneratorLayout::encoded(&self.env.module.functions[*func])?;
                vals.push(self.b.ins().iconst(types::I64, layout));
                vals.push(self.site_cache_slot());
                let sig = RtFunc::MakeFunction.sig();
                let mf = self.import(sig.symbol, &[types::I64; 9], &[types::I64]);
                let call = self.b.ins().call(mf, &vals);
                let res = self.b.inst_results(call)[0];
                let err = self.inst_err(inst)?;
                let eb = self.err_block(err, inst.loc.line, true);
                let ok = self.b.create_block();
                self.b.ins().brif(res, ok, &[], eb, &[]);
                self.b.switch_to_block(ok);
                self.define(inst, res, false);
            }
            Op::Is(a, b) => {
                let (a, b) = (self.value(*a)?, self.value(*b)?);
                let v = self.b.ins().icmp(IntCC::Equal, a, b);
                self.define(inst, v, false);
            }
            Op::IsNull(a) => {
                let a = self.value(*a)?;
                let v = self.b.ins().icmp_imm_s(IntCC::Equal, a, 0);
                self.define(inst, v, false);
            }
            Op::Not(a) => {
                let a = self.value(*a)?;
                let v = self.b.ins().bxor_imm_s(a, 1);
                self.define(inst, v, false);
            }
            Op::BoolToObject(c) => {
                let c = self.value(*c)?;
                let t = self.import_data("_Py_TrueStruct")?;
                let f = self.import_data("_Py_FalseStruct")?;
                let v = self.b.ins().select(c, t, f);
                self.define(inst, v, false);
            }
            Op::Suspend { .. } => unreachable!("suspension points are translated by `block`"),
            Op::Incref(a) => {
                let maybe_null = self.maybe_null[a.index()];
                let a = self.value(*a)?;
                self.incref(a, maybe_null);
            }
            Op::Decref(a) => {
                let maybe_null = self.maybe_null[a.index()];
                let a = self.value(*a)?;
                self.decref(a, maybe_null);
            }
        }
        Ok(true)
    }

    /// Points the frame's `prev_instr` at `line`, unless it already is.
    fn set_frame_line(&mut self, line: u32) {
        if self.frame_line == Some(line) {
            return;
        }
        self.frame_line = Some(line);
        let (frame, base) = self.frame.expect("frame");
        let index = line
            .saturating_sub(self.f.first_line)
            .min(self.frame_lines - 1);
        let at = self.b.ins().iadd_imm_s(base, i64::from(index) * 2);
        self.b
            .ins()
            .store(trusted(), at, frame, FRAME_PREV_INSTR_OFFSET);
    }

    /// The address of a new call site's cache slot (see [`SITE_CACHE_SIZE`]).
    fn site_cache_slot(&mut self) -> Value {
        let site = *self.env.cache_sites;
        *self.env.cache_sites += 1;
        let base = self.site_caches.expect("site cache base");
        self.b
            .ins()
            .iadd_imm_s(base, i64::from(site * SITE_CACHE_SIZE))
    }

    fn call(
        &mut self,
        inst: &InstData,
        func: RtFunc,
        args: &[ValueId],
    ) -> Result<bool, CodegenError> {
        let sig = func.sig();
        let mut params: Vec<ir::Type> = sig
            .params
            .iter()
            .map(|p| match p {
                Param::Object | Param::Int => types::I64,
            })
            .collect();
        if sig.variadic {
            params.push(types::I64);
            params.push(types::I64);
        }
        let rets: &[ir::Type] = match sig.ret {
            RetKind::Void => &[],
            RetKind::Object | RetKind::BorrowedObject | RetKind::Int => &[types::I64],
            RetKind::Bool => &[types::I32],
        };
        // Cached helpers get a per-site cache slot as their last argument.
        if sig.site_cache {
            params.push(types::I64);
        }
        let callee = self.import(sig.symbol, &params, rets);
        let nfixed = sig.params.len();
        if args.len() < nfixed {
            return Err(CodegenError::new(format!("{func}: too few arguments")));
        }
        let mut vals = Vec::with_capacity(params.len());
        for a in &args[..nfixed] {
            vals.push(self.value(*a)?);
        }
        if sig.variadic {
            let items = &args[nfixed..];
            let slot = self.scratch.expect("scratch slot for variadic calls");
            for (i, a) in items.iter().enumerate() {
                let v = self.value(*a)?;
                self.b
                    .ins()
                    .stack_store(types::I64, v, slot, ((i + 1) * 8) as i32);
            }
            let ptr = self.b.ins().stack_addr(types::I64, slot, 8);
            let n = self.b.ins().iconst(types::I64, items.len() as i64);
            vals.push(ptr);
            vals.push(n);
        }
        if sig.site_cache {
            let slot = self.site_cache_slot();
            vals.push(slot);
        }
        if sig.error != ErrorKind::Never {
            self.set_frame_line(inst.loc.line);
        }
        let call = self.b.ins().call(callee, &vals);
        let res = self.b.inst_results(call).first().copied();
        let line = inst.loc.line;
        match sig.error {
            ErrorKind::Never => {}
            ErrorKind::Always => {
                let err = self.inst_err(inst)?;
                let eb = self.err_block(err, line, sig.adds_traceback);
                self.b.ins().jump(eb, &[]);
                return Ok(false);
            }
            ErrorKind::Null => {
                let res = res.expect("result");
                let err = self.inst_err(inst)?;
                let eb = self.err_block(err, line, sig.adds_traceback);
                let ok = self.b.create_block();
                self.b.ins().brif(res, ok, &[], eb, &[]);
                self.b.switch_to_block(ok);
            }
            ErrorKind::NullIfErr => {
                let res = res.expect("result");
                let err = self.inst_err(inst)?;
                let eb = self.err_block(err, line, sig.adds_traceback);
                let ok = self.b.create_block();
                let check = self.b.create_block();
                self.b.set_cold_block(check);
                self.b.ins().brif(res, ok, &[], check, &[]);
                self.b.switch_to_block(check);
                let occ = self.import(ERROR_OCCURRED, &[], &[types::I32]);
                let c = self.b.ins().call(occ, &[]);
                let c = self.b.inst_results(c)[0];
                self.b.ins().brif(c, eb, &[], ok, &[]);
                self.b.switch_to_block(ok);
            }
            ErrorKind::NegOne => {
                let res = res.expect("result");
                let err = self.inst_err(inst)?;
                let eb = self.err_block(err, line, sig.adds_traceback);
                let ok = self.b.create_block();
                let failed = self.b.ins().icmp_imm_s(IntCC::Equal, res, -1);
                self.b.ins().brif(failed, eb, &[], ok, &[]);
                self.b.switch_to_block(ok);
            }
        }
        if let (Some(r), Some(res)) = (inst.result, res) {
            let v = match (self.f.value_type(r), sig.ret) {
                (Type::Bool, RetKind::Bool) => self.b.ins().icmp_imm_s(IntCC::NotEqual, res, 0),
                _ => res,
            };
            let maybe_null = sig.error == ErrorKind::NullIfErr;
            self.define(inst, v, maybe_null);
        }
        Ok(true)
    }
}

/// The Cranelift type an IR value is kept in.
fn clif_type(ty: Type) -> ir::Type {
    match ty {
        Type::Object | Type::Int => types::I64,
        Type::Bool => types::I8,
        Type::Float => types::F64,
    }
}
