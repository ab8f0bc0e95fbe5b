//! Functions, blocks, instructions and variables.
//!
//! A [`Function`] is a control-flow graph of [`Block`]s. Each block is a list of instructions
//! followed by one [`Terminator`]. Instruction *data* lives in `insts`; block *order* lives in
//! each block's `insts` list (as in Cranelift, data is kept apart from layout).
//!
//! Two kinds of storage exist:
//! - **values** (`v7`) are SSA temporaries: each is defined once, by one instruction, and its
//!   definition dominates its uses. There are no block parameters; a value that must merge
//!   (`a if c else b`, a loop-carried name) goes through a variable.
//! - **variables** (`%3`) are mutable slots holding an *owned* `PyObject*` or `NULL` (unbound).
//!   Python locals, hidden temporaries of lowering, and the cell objects of closures are
//!   variables. Storing into a variable releases its previous value; returning or unwinding
//!   releases them all (codegen does this; the IR does not spell it out).
//!
//! Every instruction that can raise carries an explicit error edge (`err`), the block that
//! handles the exception: an `except`/`finally` handler, or the function's unwind block whose
//! [`Terminator::Unwind`] returns `NULL` to the caller.

use crate::entity::EntityVec;
use crate::ops::Op;
use crate::types::Type;
use crate::{ConstId, FuncId};

crate::entity!(
    /// An SSA value.
    ValueId,
    "v"
);
crate::entity!(
    /// A basic block.
    BlockId,
    "bb"
);
crate::entity!(
    /// An instruction.
    InstId,
    "i"
);
crate::entity!(
    /// A variable (mutable slot owning a reference).
    VarId,
    "%"
);

/// A source position: 1-based line and 0-based column (in UTF-8 bytes, as CPython counts).
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Loc {
    /// 1-based line.
    pub line: u32,
    /// 0-based byte column.
    pub col: u32,
}

/// What a variable stands for.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// A Python local variable (or parameter) of this function.
    Local,
    /// Holds the `cell` object of a Python variable that inner functions capture.
    Cell,
    /// Holds the `cell` object of a free variable, taken from the function's closure.
    Free,
    /// A hidden temporary introduced by lowering.
    Temp,
}

/// A variable's description.
#[derive(Clone, Debug)]
pub struct VarData {
    /// The Python name (or a descriptive name for temporaries).
    pub name: String,
    /// What it stands for.
    pub kind: VarKind,
}

/// An instruction: an operation, its result, its error edge and its source position.
#[derive(Clone, Debug)]
pub struct InstData {
    /// The operation and its operands.
    pub op: Op,
    /// The value defined, if the operation produces one.
    pub result: Option<ValueId>,
    /// Where control goes if the operation raises. `Some` exactly when the op can fail.
    pub err: Option<BlockId>,
    /// The source position (used for the traceback line).
    pub loc: Loc,
}

/// How a block ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    /// Not yet set (only while building; the verifier rejects it).
    None,
    /// Unconditional jump.
    Jump(BlockId),
    /// Two-way branch on a `Bool` value.
    Branch {
        /// The `Bool` condition.
        cond: ValueId,
        /// Taken when true.
        then_block: BlockId,
        /// Taken when false.
        else_block: BlockId,
    },
    /// Returns the value (an owned reference is transferred to the caller).
    Return(ValueId),
    /// Returns `NULL`: the exception currently set propagates to the caller.
    Unwind,
    /// Control never reaches the end of this block (it ends in an op that always raises).
    Unreachable,
}

impl Terminator {
    /// The successor blocks (not counting error edges of the block's instructions).
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Terminator::Jump(b) => vec![*b],
            Terminator::Branch {
                then_block,
                else_block,
                ..
            } => vec![*then_block, *else_block],
            _ => vec![],
        }
    }
    /// Rewrites each successor.
    pub fn map_successors(&mut self, mut f: impl FnMut(BlockId) -> BlockId) {
        match self {
            Terminator::Jump(b) => *b = f(*b),
            Terminator::Branch {
                then_block,
                else_block,
                ..
            } => {
                *then_block = f(*then_block);
                *else_block = f(*else_block);
            }
            _ => {}
        }
    }
    /// The values read.
    pub fn operands(&self) -> Vec<ValueId> {
        match self {
            Terminator::Branch { cond, .. } => vec![*cond],
            Terminator::Return(v) => vec![*v],
            _ => vec![],
        }
    }
}

/// A basic block.
#[derive(Clone, Debug)]
pub struct BlockData {
    /// The instructions, in order.
    pub insts: Vec<InstId>,
    /// How the block ends.
    pub term: Terminator,
    /// Source position of the terminator.
    pub term_loc: Loc,
    /// A hint that the block is rarely executed (error paths); codegen marks it cold.
    pub cold: bool,
}

/// What a function is, which decides its native signature.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// A module body: `PyObject *body(PyObject *globals)`; returns `None` or `NULL`.
    Module,
    /// A Python function (incl. lambdas and comprehensions):
    /// `PyObject *body(PyObject *func, PyObject *const *args)`, where `args` holds one borrowed
    /// reference per parameter slot (positional, keyword-only, `*args` tuple, `**kwargs` dict).
    Function,
    /// The body of a generator, generator expression or coroutine: a state machine resumed by the
    /// runtime, `PyObject *body(PyObject *func, PyObject *const *args, Frame *frame,
    /// GenState *state, PyObject *sent)` (see `heron_ir::abi`). Contains [`crate::Op::Suspend`]s.
    Generator,
}

/// One compiled function.
#[derive(Clone, Debug)]
pub struct Function {
    /// `__name__` (`f`, `<lambda>`, `<listcomp>`, `<module>`).
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// The native signature.
    pub kind: FunctionKind,
    /// Line of the `def` (or 1 for a module).
    pub first_line: u32,
    /// Number of parameter slots (see [`FunctionKind::Function`]).
    pub num_params: u32,
    /// The function spec constant handed to `heron_rt_make_function` (see `heron-lower`).
    pub spec: Option<ConstId>,
    /// The `str` constant holding the function name (for traceback entries).
    pub name_const: ConstId,
    /// Variables.
    pub vars: EntityVec<VarId, VarData>,
    /// Types of values.
    pub values: EntityVec<ValueId, Type>,
    /// Instruction data.
    pub insts: EntityVec<InstId, InstData>,
    /// Blocks; `entry` is where execution starts.
    pub blocks: EntityVec<BlockId, BlockData>,
    /// The entry block.
    pub entry: BlockId,
}

impl Function {
    /// A new function with an empty entry block.
    pub fn new(name: &str, qualname: &str, kind: FunctionKind, name_const: ConstId) -> Self {
        let mut f = Function {
            name: name.to_string(),
            qualname: qualname.to_string(),
            kind,
            first_line: 1,
            num_params: 0,
            spec: None,
            name_const,
            vars: EntityVec::new(),
            values: EntityVec::new(),
            insts: EntityVec::new(),
            blocks: EntityVec::new(),
            entry: BlockId(0),
        };
        f.entry = f.create_block();
        f
    }

    /// Adds an empty block.
    pub fn create_block(&mut self) -> BlockId {
        self.blocks.push(BlockData {
            insts: Vec::new(),
            term: Terminator::None,
            term_loc: Loc::default(),
            cold: false,
        })
    }

    /// Adds a variable.
    pub fn create_var(&mut self, name: &str, kind: VarKind) -> VarId {
        self.vars.push(VarData {
            name: name.to_string(),
            kind,
        })
    }

    /// Creates an instruction (not yet placed in a block), allocating its result value.
    pub fn make_inst(&mut self, op: Op, err: Option<BlockId>, loc: Loc) -> InstId {
        let result = op.result_type().map(|ty| self.values.push(ty));
        self.insts.push(InstData {
            op,
            result,
            err,
            loc,
        })
    }

    /// Creates an instruction with a result that is not yet placed in a block (the caller
    /// places it); returns it and its result value.
    pub fn append_detached(&mut self, op: Op, loc: Loc) -> (InstId, ValueId) {
        let inst = self.make_inst(op, None, loc);
        let value = self.insts[inst].result.expect("an operation with a result");
        (inst, value)
    }

    /// Appends an instruction to a block; returns its result value, if any.
    pub fn append(
        &mut self,
        block: BlockId,
        op: Op,
        err: Option<BlockId>,
        loc: Loc,
    ) -> Option<ValueId> {
        let inst = self.make_inst(op, err, loc);
        self.blocks[block].insts.push(inst);
        self.insts[inst].result
    }

    /// Sets a block's terminator.
    pub fn terminate(&mut self, block: BlockId, term: Terminator, loc: Loc) {
        let data = &mut self.blocks[block];
        data.term = term;
        data.term_loc = loc;
    }

    /// The type of a value.
    pub fn value_type(&self, v: ValueId) -> Type {
        self.values[v]
    }

    /// The largest source line of any instruction or terminator (at least `first_line`).
    pub fn max_line(&self) -> u32 {
        let insts = self.insts.values().map(|i| i.loc.line);
        let terms = self.blocks.values().map(|b| b.term_loc.line);
        insts.chain(terms).fold(self.first_line, u32::max)
    }

    /// Successors of a block including the error edges of its instructions.
    pub fn all_successors(&self, block: BlockId) -> Vec<BlockId> {
        let data = &self.blocks[block];
        let mut out: Vec<BlockId> = data
            .insts
            .iter()
            .filter_map(|&i| self.insts[i].err)
            .collect();
        out.extend(data.term.successors());
        out
    }

    /// Predecessor lists of every block (error edges included), indexed by block.
    pub fn predecessors(&self) -> Vec<Vec<BlockId>> {
        let mut preds = vec![Vec::new(); self.blocks.len()];
        for b in self.blocks.keys() {
            for s in self.all_successors(b) {
                if !preds[s.0 as usize].contains(&b) {
                    preds[s.0 as usize].push(b);
                }
            }
        }
        preds
    }

    /// Blocks reachable from the entry, in reverse post-order.
    pub fn reverse_postorder(&self) -> Vec<BlockId> {
        let mut seen = vec![false; self.blocks.len()];
        let mut order = Vec::new();
        // Iterative DFS: (block, next successor index).
        let mut stack = vec![(self.entry, 0usize)];
        seen[self.entry.0 as usize] = true;
        while let Some((b, i)) = stack.pop() {
            let succs = self.all_successors(b);
            if i < succs.len() {
                stack.push((b, i + 1));
                let s = succs[i];
                if !seen[s.0 as usize] {
                    seen[s.0 as usize] = true;
                    stack.push((s, 0));
                }
            } else {
                order.push(b);
            }
        }
        order.reverse();
        order
    }
}

/// A compiled module: its functions and its constant table.
#[derive(Clone)]
pub struct Module {
    /// The dotted module name (`pkg.mod`, or `__main__` for a program).
    pub name: String,
    /// The source path recorded in code objects and tracebacks.
    pub filename: String,
    /// The `str` constant holding `filename`.
    pub filename_const: ConstId,
    /// All functions; `body` is the module body.
    pub functions: EntityVec<FuncId, Function>,
    /// The module body.
    pub body: FuncId,
    /// The constant table.
    pub consts: crate::ConstPool,
}
