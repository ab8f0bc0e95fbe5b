//! Dead-block removal and jump threading.
//!
//! - Instructions after one that always raises are dropped and the block ends in
//!   `unreachable`.
//! - A branch whose two targets are the same becomes a jump.
//! - Jumps to an empty block that only jumps on are redirected to the final target.
//! - Blocks unreachable from the entry (through normal or error edges) are removed and the
//!   remaining blocks renumbered in their original order.

use heron_ir::{BlockData, BlockId, EntityRef, EntityVec, Function, Terminator};

/// Runs the pass on one function.
pub fn run(f: &mut Function) {
    truncate_after_raise(f);
    thread_jumps(f);
    remove_unreachable(f);
}

fn truncate_after_raise(f: &mut Function) {
    for b in f.blocks.keys().collect::<Vec<_>>() {
        let pos = f.blocks[b]
            .insts
            .iter()
            .position(|&i| f.insts[i].op.always_raises());
        if let Some(pos) = pos {
            f.blocks[b].insts.truncate(pos + 1);
            f.blocks[b].term = Terminator::Unreachable;
        }
    }
}

fn thread_jumps(f: &mut Function) {
    // Where a jump to each block may go instead.
    let n = f.blocks.len();
    let forward = |f: &Function, b: BlockId| -> Option<BlockId> {
        let data = &f.blocks[b];
        match data.term {
            Terminator::Jump(t) if data.insts.is_empty() && b != f.entry && t != b => Some(t),
            _ => None,
        }
    };
    let mut target: Vec<BlockId> = (0..n).map(BlockId::new).collect();
    for (i, slot) in target.iter_mut().enumerate() {
        // Follow chains, at most n steps (a cycle of empty blocks is left alone).
        let mut b = BlockId::new(i);
        for _ in 0..n {
            match forward(f, b) {
                Some(t) => b = t,
                None => break,
            }
        }
        if forward(f, b).is_none() {
            *slot = b;
        }
    }
    for b in f.blocks.keys().collect::<Vec<_>>() {
        f.blocks[b].term.map_successors(|s| target[s.index()]);
        if let Terminator::Branch {
            then_block,
            else_block,
            ..
        } = f.blocks[b].term
            && then_block == else_block
        {
            f.blocks[b].term = Terminator::Jump(then_block);
        }
        for k in 0..f.blocks[b].insts.len() {
            let i = f.blocks[b].insts[k];
            if let Some(e) = f.insts[i].err {
                f.insts[i].err = Some(target[e.index()]);
            }
        }
    }
}

fn remove_unreachable(f: &mut Function) {
    let n = f.blocks.len();
    let mut reachable = vec![false; n];
    for b in f.reverse_postorder() {
        reachable[b.index()] = true;
    }
    if reachable.iter().all(|&r| r) {
        return;
    }
    let mut remap: Vec<Option<BlockId>> = vec![None; n];
    let mut blocks: EntityVec<BlockId, BlockData> = EntityVec::new();
    let old = std::mem::take(&mut f.blocks);
    for (b, data) in old.iter() {
        if reachable[b.index()] {
            remap[b.index()] = Some(blocks.push(data.clone()));
        }
    }
    let map = |b: BlockId| remap[b.index()].expect("successor of a reachable block is reachable");
    for data in blocks.values_mut() {
        data.term.map_successors(map);
        for &i in &data.insts {
            if let Some(e) = f.insts[i].err {
                f.insts[i].err = Some(map(e));
            }
        }
    }
    f.entry = map(f.entry);
    f.blocks = blocks;
}
