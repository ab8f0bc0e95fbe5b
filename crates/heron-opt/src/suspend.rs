//! Suspension points of generator bodies: records, on each [`Op::Suspend`], the SSA values
//! live across it.
//!
//! A generator body returns to its caller at every suspension and is called again to resume,
//! so a value computed before a `yield` and used after it cannot stay in a register: codegen
//! saves the values listed here in the generator object and reloads them on resumption.
//! Python variables need nothing (in generator bodies they live in the generator object).
//! The set is what is live after the suspension on either of its paths: the value it resumes
//! with, or the handler an exception thrown in lands in. Runs last, after reference counting,
//! whose releases are uses like any other.

use crate::refcount::{live_out, liveness, step_back};
use heron_ir::{EntityRef, Function, FunctionKind, Op, ValueId};

/// Fills the `live` list of every suspension point of `f`.
pub fn run(f: &mut Function) {
    if f.kind != FunctionKind::Generator {
        return;
    }
    let live_in = liveness(f);
    let blocks: Vec<_> = f.blocks.keys().collect();
    for b in blocks {
        let mut live = live_out(f, b, &live_in);
        for v in f.blocks[b].term.operands() {
            live.insert(v.index());
        }
        let insts = f.blocks[b].insts.clone();
        for &i in insts.iter().rev() {
            if matches!(f.insts[i].op, Op::Suspend { .. }) {
                let mut across = live.clone();
                if let Some(e) = f.insts[i].err {
                    across.union_with(&live_in[e.index()]);
                }
                if let Some(r) = f.insts[i].result {
                    across.remove(r.index());
                }
                let values: Vec<ValueId> = across.iter().map(ValueId::new).collect();
                if let Op::Suspend { live, .. } = &mut f.insts[i].op {
                    *live = values;
                }
            }
            step_back(&f.insts[i], &mut live, &live_in);
        }
    }
}
