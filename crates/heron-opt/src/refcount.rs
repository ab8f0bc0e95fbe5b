//! Reference-count insertion.
//!
//! Lowering writes IR without reference counting; this pass makes ownership explicit by
//! inserting [`Op::Incref`] and [`Op::Decref`], so that codegen only has to translate them.
//!
//! The model:
//! - A value is **owned** when its operation returns a new reference ([`Ownership::Owned`]).
//!   Every owned value is released exactly once on every path: right after its last use, on
//!   the edge where it stops being live, or on an error edge taken while it is alive.
//! - A **borrowed** value (constants, arguments, globals, closure cells, `True`/`False`,
//!   variables' contents) needs nothing, with two exceptions turned into owned values by an
//!   `Incref` right after the definition:
//!   - `TupleGetItem` borrows from its tuple operand, which may be released first;
//!   - `LoadVar` borrows from the variable, which a later `StoreVar` to the same variable
//!     releases. When such a store happens while the loaded value is still live, the load
//!     takes its own reference. (Only `StoreVar` changes a variable: no Python code can rebind
//!     a compiled function's locals.)
//! - **Steals** ([`Op::StoreVar`]'s operand, [`Terminator::Return`]'s operand, the value of a
//!   `yield` [`Op::Suspend`], on both its paths) consume a
//!   reference: an owned value at its last use is handed over; otherwise the pass adds an
//!   `Incref` first.
//!
//! Liveness is the usual backward dataflow over the CFG with the error edges included: a value
//! live into a handler is live across every instruction whose error edge leads there.

use crate::bitset::BitSet;
use heron_ir::{
    BinOp, BlockData, BlockId, Consume, EntityRef, Function, InstData, InstId, Loc, Op, Ownership,
    RtFunc, Terminator, ValueId,
};

/// Inserts reference counting into one function.
pub fn run(f: &mut Function) {
    let nvalues = f.values.len();
    let live_in = liveness(f);
    // Number of incoming edges of each block, error edges included (a block entered by one
    // edge only can take that edge's releases at its start).
    let mut in_edges = vec![0usize; f.blocks.len()];
    for (_, data) in f.blocks.iter() {
        for &i in &data.insts {
            if let Some(e) = f.insts[i].err {
                in_edges[e.index()] += 1;
            }
        }
        let mut succs = data.term.successors();
        succs.dedup();
        for s in succs {
            in_edges[s.index()] += 1;
        }
    }

    // Definition of each value.
    let mut def: Vec<Option<InstId>> = vec![None; nvalues];
    for (_, data) in f.blocks.iter() {
        for &i in &data.insts {
            if let Some(r) = f.insts[i].result {
                def[r.index()] = Some(i);
            }
        }
    }

    // Which values own their reference, and which borrowed ones must take one at definition.
    let mut owned = BitSet::new(nvalues);
    let mut take_ref = BitSet::new(nvalues);
    for (_, inst) in f.insts.iter() {
        let Some(r) = inst.result else { continue };
        match &inst.op {
            Op::Call {
                func: RtFunc::TupleGetItem,
                ..
            } => {
                take_ref.insert(r.index());
            }
            op if op.result_ownership() == Ownership::Owned => owned.insert(r.index()),
            _ => {}
        }
    }
    // LoadVar values live across a store to their variable.
    for b in f.blocks.keys() {
        let data = &f.blocks[b];
        let mut live = live_out(f, b, &live_in);
        for v in data.term.operands() {
            live.insert(v.index());
        }
        for &i in data.insts.iter().rev() {
            let inst = &f.insts[i];
            if let Op::StoreVar { var, .. } = inst.op {
                for v in live.iter() {
                    if let Some(d) = def[v]
                        && matches!(f.insts[d].op, Op::LoadVar { var: w, .. } if w == var)
                    {
                        take_ref.insert(v);
                    }
                }
            }
            step_back(inst, &mut live, &live_in);
        }
    }
    owned.union_with(&take_ref);

    let is_null = |f: &Function, v: ValueId| -> bool {
        def[v.index()].is_some_and(|d| matches!(f.insts[d].op, Op::Null))
    };

    // Rewrite every block.
    let nblocks = f.blocks.len();
    let mut prologue: Vec<Vec<ValueId>> = vec![Vec::new(); nblocks];
    let mut edge_releases: Vec<(BlockId, BlockId, Vec<ValueId>)> = Vec::new();
    for b in f.blocks.keys().collect::<Vec<_>>() {
        let old_insts = std::mem::take(&mut f.blocks[b].insts);
        let term = f.blocks[b].term.clone();
        let term_loc = f.blocks[b].term_loc;
        let out = live_out(f, b, &live_in);

        // Live-after sets, computed backward, then used forward.
        let mut live = out.clone();
        for v in term.operands() {
            live.insert(v.index());
        }
        let live_at_term = live.clone();
        let mut live_after: Vec<BitSet> = vec![BitSet::new(0); old_insts.len()];
        for (pos, &i) in old_insts.iter().enumerate().rev() {
            live_after[pos] = live.clone();
            step_back(&f.insts[i], &mut live, &live_in);
        }

        let mut new_insts: Vec<InstId> = Vec::with_capacity(old_insts.len());
        for (pos, &i) in old_insts.iter().enumerate() {
            let inst = f.insts[i].clone();
            let after = &live_after[pos];
            let ops = inst.op.operands();
            let loc = inst.loc;

            // Steals: the stored value must carry a reference of its own.
            let mut stolen: Option<ValueId> = None;
            let steals = match inst.op {
                Op::StoreVar { value, .. } => Some(value),
                Op::Suspend { value, .. } if inst.op.steals_operand(0) => Some(value),
                _ => None,
            };
            if let Some(value) = steals {
                if owned.contains(value.index()) && !after.contains(value.index()) {
                    stolen = Some(value);
                } else if !is_null(f, value) {
                    push(f, &mut new_insts, Op::Incref(value), loc);
                }
            }

            // A binary operator whose operand temporaries die here hands them over, so that the
            // runtime can reuse a dying `float` for the result.
            let consumed = consume_operands(f, i, &inst, after, &owned, &live_in, &mut new_insts);

            // Owned values alive just before the instruction.
            let mut held = after.clone();
            if let Some(r) = inst.result {
                held.remove(r.index());
            }
            for v in &ops {
                held.insert(v.index());
            }
            if let Some(e) = inst.err {
                held.union_with(&live_in[e.index()]);
            }
            held.intersect_with(&owned);

            // Error edge: release what the handler does not use.
            if let Some(e) = inst.err {
                let mut release = held.clone();
                release.subtract(&live_in[e.index()]);
                for v in &consumed {
                    release.remove(v.index());
                }
                // A suspension hands its operand over before an exception can be thrown in.
                if let Some(s) = stolen.filter(|_| matches!(inst.op, Op::Suspend { .. })) {
                    release.remove(s.index());
                }
                if !release.is_empty() {
                    let landing = f.create_block();
                    f.blocks[landing].cold = true;
                    for v in release.iter() {
                        let d = f.make_inst(Op::Decref(ValueId::new(v)), None, loc);
                        f.blocks[landing].insts.push(d);
                    }
                    f.terminate(landing, Terminator::Jump(e), loc);
                    f.insts[i].err = Some(landing);
                }
            }

            new_insts.push(i);
            if inst.op.always_raises() {
                continue;
            }

            // The result: take a reference where needed; release it at once if unused.
            if let Some(r) = inst.result {
                if take_ref.contains(r.index()) {
                    push(f, &mut new_insts, Op::Incref(r), loc);
                }
                if owned.contains(r.index()) && !after.contains(r.index()) {
                    push(f, &mut new_insts, Op::Decref(r), loc);
                }
            }

            // Normal path: release what is no longer live.
            let mut release = held;
            release.subtract(after);
            if let Some(s) = stolen {
                release.remove(s.index());
            }
            for v in &consumed {
                release.remove(v.index());
            }
            for v in release.iter() {
                push(f, &mut new_insts, Op::Decref(ValueId::new(v)), loc);
            }
        }

        // Terminator: `return` steals its operand; edges release what the successor doesn't use.
        match &term {
            Terminator::Return(v) => {
                let transfers = owned.contains(v.index()) && !out.contains(v.index());
                if !transfers {
                    push(f, &mut new_insts, Op::Incref(*v), term_loc);
                }
            }
            Terminator::Jump(_) | Terminator::Branch { .. } => {
                let mut held_at_end = live_at_term.clone();
                if let Terminator::Branch { cond, .. } = &term {
                    held_at_end.remove(cond.index());
                }
                held_at_end.intersect_with(&owned);
                let mut seen = Vec::new();
                for s in term.successors() {
                    if seen.contains(&s) {
                        continue;
                    }
                    seen.push(s);
                    let mut release = held_at_end.clone();
                    release.subtract(&live_in[s.index()]);
                    if release.is_empty() {
                        continue;
                    }
                    let vals: Vec<ValueId> = release.iter().map(ValueId::new).collect();
                    if in_edges[s.index()] == 1 && s != f.entry {
                        prologue[s.index()].extend(vals);
                    } else {
                        edge_releases.push((b, s, vals));
                    }
                }
            }
            _ => {}
        }
        f.blocks[b].insts = new_insts;
    }

    // Releases at the start of single-predecessor successors.
    for (idx, vals) in prologue.into_iter().enumerate() {
        if vals.is_empty() {
            continue;
        }
        let b = BlockId::new(idx);
        let loc = first_loc(f, &f.blocks[b]);
        let mut insts: Vec<InstId> = vals
            .into_iter()
            .map(|v| f.make_inst(Op::Decref(v), None, loc))
            .collect();
        insts.extend(std::mem::take(&mut f.blocks[b].insts));
        f.blocks[b].insts = insts;
    }
    // Split edges into merge points.
    for (from, to, vals) in edge_releases {
        let loc = f.blocks[from].term_loc;
        let mid = f.create_block();
        for v in vals {
            let d = f.make_inst(Op::Decref(v), None, loc);
            f.blocks[mid].insts.push(d);
        }
        f.terminate(mid, Terminator::Jump(to), loc);
        f.blocks[from]
            .term
            .map_successors(|s| if s == to { mid } else { s });
    }
}

/// Rewrites instruction `i` (a `Binary`/`InplaceBinary` call) into its
/// [`RtFunc::BinaryConsuming`] form when owned operands die at it (they are neither live after
/// it nor in its handler), pushing the two immediates it needs; returns the operands handed
/// over (none if `i` is not rewritten).
fn consume_operands(
    f: &mut Function,
    i: InstId,
    inst: &InstData,
    after: &BitSet,
    owned: &BitSet,
    live_in: &[BitSet],
    new_insts: &mut Vec<InstId>,
) -> Vec<ValueId> {
    let Op::Call { func, args } = &inst.op else {
        return Vec::new();
    };
    let (op, inplace) = match *func {
        RtFunc::Binary(op) => (op, false),
        RtFunc::InplaceBinary(op) => (op, true),
        _ => return Vec::new(),
    };
    // Only the operators whose float results can reuse an operand.
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv) {
        return Vec::new();
    }
    let (a, b) = (args[0], args[1]);
    let dies = |v: ValueId| {
        owned.contains(v.index())
            && !after.contains(v.index())
            && inst
                .err
                .is_none_or(|e| !live_in[e.index()].contains(v.index()))
    };
    // `t op t` holds one reference to `t`: hand over one.
    let consume = match (dies(a), dies(b) && b != a) {
        (true, true) => Consume::Both,
        (true, false) => Consume::Left,
        (false, true) => Consume::Right,
        (false, false) => return Vec::new(),
    };
    let op_index = f.append_detached(Op::IntConst(op.index() as i64), inst.loc);
    let flags = consume.flags() | if inplace { 4 } else { 0 };
    let flags_value = f.append_detached(Op::IntConst(flags), inst.loc);
    new_insts.extend([op_index.0, flags_value.0]);
    f.insts[i].op = Op::Call {
        func: RtFunc::BinaryConsuming {
            op,
            inplace,
            consume,
        },
        args: vec![a, b, op_index.1, flags_value.1],
    };
    [a, b]
        .into_iter()
        .enumerate()
        .filter(|&(k, _)| consume.consumes(k))
        .map(|(_, v)| v)
        .collect()
}

fn push(f: &mut Function, insts: &mut Vec<InstId>, op: Op, loc: Loc) {
    insts.push(f.make_inst(op, None, loc));
}

fn first_loc(f: &Function, data: &BlockData) -> Loc {
    data.insts
        .first()
        .map(|&i| f.insts[i].loc)
        .unwrap_or(data.term_loc)
}

/// Steps liveness backward over one instruction: `live` goes from the set live after `inst`
/// to the set live before it (values live into its handler are live across it).
pub(crate) fn step_back(inst: &InstData, live: &mut BitSet, live_in: &[BitSet]) {
    if let Some(e) = inst.err {
        live.union_with(&live_in[e.index()]);
    }
    if let Some(r) = inst.result {
        live.remove(r.index());
    }
    for v in inst.op.operands() {
        live.insert(v.index());
    }
}

/// Values live at the end of `b` (after its terminator), on its normal successors.
pub(crate) fn live_out(f: &Function, b: BlockId, live_in: &[BitSet]) -> BitSet {
    let mut out = BitSet::new(f.values.len());
    for s in f.blocks[b].term.successors() {
        out.union_with(&live_in[s.index()]);
    }
    out
}

/// Live-in sets of every block, error edges included.
pub(crate) fn liveness(f: &Function) -> Vec<BitSet> {
    let n = f.values.len();
    let mut live_in = vec![BitSet::new(n); f.blocks.len()];
    let mut order = f.reverse_postorder();
    order.reverse();
    loop {
        let mut changed = false;
        for &b in &order {
            let data = &f.blocks[b];
            let mut live = live_out(f, b, &live_in);
            for v in data.term.operands() {
                live.insert(v.index());
            }
            for &i in data.insts.iter().rev() {
                step_back(&f.insts[i], &mut live, &live_in);
            }
            if live != live_in[b.index()] {
                live_in[b.index()] = live;
                changed = true;
            }
        }
        if !changed {
            return live_in;
        }
    }
}
