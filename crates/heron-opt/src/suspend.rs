//! Suspension points of generator bodies: records, on each [`Op::Suspend`], the SSA values
//! live across it.
//!
//! A generator body returns to its caller at every suspension and is called again to resume,
//! so a value computed before a `yield` and used after it cannot stay in a register: codegen
//! saves the values listed here in the generator object and reloads them on resumption.
//! Python variables need nothing (in generator bodies they live in the generator object).
//! The set is what is live after the suspension on either of its paths: the value it resumes
//! with, or the handler an exception thrown in lands in. Runs last, after reference counting,
//! whose releases are uses like any other. Values holding a reference of their own come first
//! in the list (see [`Op::Suspend`]'s `owned`).

use crate::bitset::BitSet;
use crate::refcount::{live_out, liveness, step_back};
use heron_ir::{EntityRef, Function, FunctionKind, Op, Ownership, ValueId};

/// The values that hold a reference of their own once reference counting is explicit: results
/// of operations returning new references, and borrowed results the refcount pass took a
/// reference for (it places that `Incref` right after the definition).
fn owned_values(f: &Function) -> BitSet {
    let mut owned = BitSet::new(f.values.len());
    for (_, data) in f.blocks.iter() {
        for (pos, &i) in data.insts.iter().enumerate() {
            let Some(r) = f.insts[i].result else { continue };
            let increfed = data
                .insts
                .get(pos + 1)
                .is_some_and(|&n| matches!(f.insts[n].op, Op::Incref(v) if v == r));
            if increfed || f.insts[i].op.result_ownership() == Ownership::Owned {
                owned.insert(r.index());
            }
        }
    }
    owned
}

/// Fills the `live` list of every suspension point of `f`.
pub fn run(f: &mut Function) {
    if f.kind != FunctionKind::Generator {
        return;
    }
    let live_in = liveness(f);
    let owned = owned_values(f);
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
                let (mut values, rest): (Vec<ValueId>, Vec<ValueId>) = across
                    .iter()
                    .map(ValueId::new)
                    .partition(|v| owned.contains(v.index()));
                let nowned = values.len();
                values.extend(rest);
                if let Op::Suspend { live, owned: n, .. } = &mut f.insts[i].op {
                    *live = values;
                    *n = nowned;
                }
            }
            step_back(&f.insts[i], &mut live, &live_in);
        }
    }
}
