//! The IR verifier. Run after lowering and after every pass in debug builds and tests.
//!
//! It checks the structural invariants the passes and codegen rely on:
//! - every block has a terminator and every referenced block exists;
//! - an instruction has an error edge exactly when its operation can fail;
//! - every operand is defined, has the type the operation expects, and its definition
//!   dominates the use (the result of a failing instruction is not available on its error
//!   edge);
//! - a block whose last instruction always raises ends in `unreachable`.

use crate::entity::EntityRef;
use crate::function::{BlockId, Function, Terminator, ValueId};
use crate::ops::Op;
use crate::types::Type;
use std::fmt;

/// One verifier finding: where and what.
#[derive(Debug, Clone)]
pub struct VerifyError {
    /// The function's qualified name.
    pub function: String,
    /// The block involved.
    pub block: BlockId,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.function, self.block, self.message)
    }
}

/// Checks a function, returning every problem found.
pub fn verify_function(f: &Function) -> Result<(), Vec<VerifyError>> {
    let mut errors = Vec::new();
    let mut err = |block: BlockId, message: String| {
        errors.push(VerifyError {
            function: f.qualname.clone(),
            block,
            message,
        });
    };
    let nblocks = f.blocks.len();
    let check_block = |b: BlockId| b.index() < nblocks;

    // Definition site of each value: (block, position in block).
    let mut def_site: Vec<Option<(BlockId, usize)>> = vec![None; f.values.len()];
    for (b, data) in f.blocks.iter() {
        for (pos, &i) in data.insts.iter().enumerate() {
            if let Some(r) = f.insts[i].result {
                def_site[r.index()] = Some((b, pos));
            }
        }
    }
    let doms = dominators(f);

    for b in f.reverse_postorder() {
        let data = &f.blocks[b];
        for (pos, &i) in data.insts.iter().enumerate() {
            let inst = &f.insts[i];
            if inst.op.can_fail() != inst.err.is_some() {
                err(
                    b,
                    format!("{i}: error edge {:?} does not match can_fail", inst.err),
                );
            }
            if let Some(e) = inst.err
                && !check_block(e)
            {
                err(b, format!("{i}: error edge to missing block {e}"));
            }
            if inst.op.always_raises() && pos + 1 != data.insts.len() {
                err(
                    b,
                    format!("{i}: instructions after an op that always raises"),
                );
            }
            for v in inst.op.operands() {
                check_use(f, &doms, &def_site, b, pos, v, &mut err);
            }
            check_types(f, &inst.op, b, &mut err);
        }
        match &data.term {
            Terminator::None => err(b, "missing terminator".into()),
            Terminator::Branch { cond, .. } if f.values[*cond] != Type::Bool => {
                err(b, format!("branch on non-bool {cond}"));
            }
            Terminator::Return(v) if f.values[*v] != Type::Object => {
                err(b, format!("return of non-object {v}"));
            }
            _ => {}
        }
        if let Some(&last) = data.insts.last()
            && f.insts[last].op.always_raises()
            && data.term != Terminator::Unreachable
        {
            err(
                b,
                "block ending in an always-raising op must be unreachable".into(),
            );
        }
        for s in data.term.successors() {
            if !check_block(s) {
                err(b, format!("jump to missing block {s}"));
            }
        }
        for v in data.term.operands() {
            check_use(f, &doms, &def_site, b, data.insts.len(), v, &mut err);
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn check_types(f: &Function, op: &Op, b: BlockId, err: &mut impl FnMut(BlockId, String)) {
    let want = |v: ValueId, ty: Type, err: &mut dyn FnMut(BlockId, String)| {
        if f.values[v] != ty {
            err(
                b,
                format!("{v} has type {} where {ty} is expected", f.values[v]),
            );
        }
    };
    match op {
        Op::StoreVar { value, .. } => want(*value, Type::Object, err),
        Op::Suspend { value, .. } => {
            want(*value, Type::Object, err);
            if f.kind != crate::FunctionKind::Generator {
                err(b, "suspension point outside a generator body".into());
            }
        }
        Op::Is(a, bb) => {
            want(*a, Type::Object, err);
            want(*bb, Type::Object, err);
        }
        Op::IsNull(v) | Op::Incref(v) | Op::Decref(v) => want(*v, Type::Object, err),
        Op::Not(v) | Op::BoolToObject(v) => want(*v, Type::Bool, err),
        Op::Call { func, args } => {
            let sig = func.sig();
            if args.len() < sig.params.len() || (!sig.variadic && args.len() != sig.params.len()) {
                err(b, format!("call {func} with {} arguments", args.len()));
                return;
            }
            for (i, &a) in args.iter().enumerate() {
                let ty = match sig.params.get(i) {
                    Some(crate::Param::Int) => Type::Int,
                    _ => Type::Object,
                };
                want(a, ty, err);
            }
        }
        Op::MakeFunction { args, .. } if args.len() != 6 => {
            err(b, "make_function takes 6 arguments".into());
        }
        _ => {}
    }
}

fn check_use(
    f: &Function,
    doms: &[Option<Vec<bool>>],
    def_site: &[Option<(BlockId, usize)>],
    b: BlockId,
    pos: usize,
    v: ValueId,
    err: &mut impl FnMut(BlockId, String),
) {
    if v.index() >= f.values.len() {
        err(b, format!("use of undefined value {v}"));
        return;
    }
    match def_site[v.index()] {
        None => err(b, format!("use of value {v} that no instruction defines")),
        Some((db, dpos)) => {
            let ok = if db == b {
                dpos < pos
            } else {
                doms[b.index()].as_ref().is_some_and(|d| d[db.index()])
                    && !error_edge_only_dominance(f, db, dpos, b)
            };
            if !ok {
                err(b, format!("use of {v} not dominated by its definition"));
            }
        }
    }
}

/// The result of the instruction at (`db`, `dpos`) is not defined along that instruction's own
/// error edge: reject a use in the error target.
fn error_edge_only_dominance(f: &Function, db: BlockId, dpos: usize, use_block: BlockId) -> bool {
    let inst = f.blocks[db].insts[dpos];
    f.insts[inst].err == Some(use_block)
}

/// Dominator sets by the simple iterative algorithm: `result[b][d]` is true when `d`
/// dominates `b`. `None` for unreachable blocks. Functions are small enough that the
/// quadratic sets are cheap.
pub fn dominators(f: &Function) -> Vec<Option<Vec<bool>>> {
    let n = f.blocks.len();
    let rpo = f.reverse_postorder();
    let preds = f.predecessors();
    let mut reachable = vec![false; n];
    for &b in &rpo {
        reachable[b.index()] = true;
    }
    let mut dom: Vec<Option<Vec<bool>>> = vec![None; n];
    for &b in &rpo {
        dom[b.index()] = Some(vec![true; n]);
    }
    let entry = f.entry.index();
    let mut only_entry = vec![false; n];
    only_entry[entry] = true;
    dom[entry] = Some(only_entry);
    let mut changed = true;
    while changed {
        changed = false;
        for &b in rpo.iter().skip(1) {
            let mut new = vec![true; n];
            for p in &preds[b.index()] {
                if let Some(pd) = &dom[p.index()] {
                    for (x, y) in new.iter_mut().zip(pd) {
                        *x &= *y;
                    }
                }
            }
            new[b.index()] = true;
            if dom[b.index()].as_ref() != Some(&new) {
                dom[b.index()] = Some(new);
                changed = true;
            }
        }
    }
    dom
}
