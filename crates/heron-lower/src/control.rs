//! Loops, `return`/`break`/`continue`, `try` and `with`.
//!
//! Exception handling follows CPython 3.11's semantics with explicit blocks:
//!
//! ```python
//! try:
//!     body
//! except E as e:
//!     handler
//! ```
//! becomes: `body` with its error edges to a landing block `H`; `H` takes the raised exception
//! (`FetchException`) into a hidden variable, saves the previously handled exception and makes
//! this one the handled exception (`sys.exception()`), then tests each clause. A clause body
//! ends by restoring the previous handled exception and unbinding `e`. No match, or an error
//! inside a clause, restores it and re-raises (`Reraise` adds no traceback entry: the entry was
//! added when the exception first arrived in this frame, on the raising op's error edge).
//!
//! `finally` bodies are lowered once per way out (fall-through, exception, and each `return`,
//! `break` or `continue` that crosses them), as Cython and Nuitka do; [`Unwind`] entries on
//! [`FnCx::unwinds`] say what each crossing must run. `with` is PEP 343's expansion.

use crate::cx::{FnCx, LoopCx, Unwind};
use crate::expr::{lower_cond, lower_expr};
use crate::names::{assign, range_of, store_name, unbind_name};
use crate::stmt::lower_block;
use crate::{LowerResult, ModuleCx};
use heron_ir::{BlockId, Op, RtFunc, Terminator, VarId};
use heron_syntax::ast::{self, Expr, Stmt};

/// Runs the unwind entries above `depth`, innermost first, as a jump out of them would. A
/// `return` (`is_return`) also releases the iterators of all enclosing loops, each when the
/// jump leaves its loop (as CPython pops them).
fn emit_unwinds<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    depth: usize,
    is_return: bool,
) -> LowerResult<()> {
    let saved_handler = cx.handler;
    let saved_loc = cx.loc;
    let stack = cx.unwinds.clone();
    let saved_loops = cx.loops.clone();
    // Loops the jump has yet to leave (innermost last); `None` leaves all of them.
    let mut open_loops = if is_return { saved_loops.len() } else { 0 };
    let mut leave_loops_above = |cx: &mut FnCx<'a>, level: Option<usize>| {
        while open_loops > 0 && level.is_none_or(|l| saved_loops[open_loops - 1].unwind_depth > l) {
            if let Some(it) = saved_loops[open_loops - 1].iter_var {
                cx.clear_var(it);
            }
            open_loops -= 1;
        }
    };
    // A `return` owns the last pending return; the others belong to enclosing `return`s whose
    // `finally` bodies this one may leave.
    let own = if is_return {
        cx.pending_returns.len().checked_sub(1)
    } else {
        None
    };
    for i in (depth..stack.len()).rev() {
        leave_loops_above(cx, Some(i));
        if let Some(own) = own {
            let left: Vec<VarId> = cx.pending_returns[..own]
                .iter()
                .filter(|p| p.level > i)
                .map(|p| p.var)
                .rev()
                .collect();
            for var in left {
                cx.clear_var(var);
            }
        }
        cx.unwinds.truncate(i);
        // Code of unwind entry `i` (a `finally` body) sits outside the loops entered after it:
        // a `break`/`continue` there refers to an enclosing loop.
        let visible = saved_loops
            .iter()
            .take_while(|l| l.unwind_depth <= i)
            .count();
        cx.loops.truncate(visible);
        if let Some(own) = own {
            cx.pending_returns[own].level = i;
            cx.pending_returns[own].loops = visible;
        }
        match &stack[i] {
            Unwind::Finally { body, handler } => {
                cx.handler = *handler;
                lower_block(m, cx, body)?;
            }
            Unwind::With {
                exit_var,
                handler,
                loc,
                is_async,
            } => {
                cx.handler = *handler;
                cx.loc = *loc;
                let exit = cx.take_var(*exit_var);
                let null = cx.null();
                call_exit(cx, exit, null, *is_async);
            }
            Unwind::Handler {
                prev_var,
                exc_var,
                name,
                handler,
            } => {
                cx.handler = *handler;
                restore_handled(cx, *prev_var, *exc_var);
                if let Some(name) = name {
                    unbind_name(m, cx, name);
                }
            }
        }
    }
    // Loops outside every unwind entry left.
    leave_loops_above(cx, None);
    cx.unwinds = stack;
    cx.loops = saved_loops;
    cx.handler = saved_handler;
    cx.loc = saved_loc;
    Ok(())
}

/// Discards the pending return values a `break`/`continue` of the loop at `loop_index`
/// abandons: those whose `finally` body the loop is outside of.
fn discard_pending_returns(cx: &mut FnCx<'_>, loop_index: usize) {
    let pending: Vec<VarId> = cx
        .pending_returns
        .iter()
        .filter(|p| loop_index < p.loops)
        .map(|p| p.var)
        .rev()
        .collect();
    for var in pending {
        cx.clear_var(var);
    }
}

/// Releases the iterators of the loops created since `mark` (see [`FnCx::iter_vars`]): an
/// exception landing in a handler has left them.
fn clear_iters_since(cx: &mut FnCx<'_>, mark: usize) {
    let vars: Vec<VarId> = cx.iter_vars[mark..].iter().rev().copied().collect();
    for var in vars {
        cx.clear_var(var);
    }
}

/// Restores the previously handled exception and drops the one being handled.
fn restore_handled(cx: &mut FnCx<'_>, prev_var: VarId, exc_var: VarId) {
    let prev = cx.take_var(prev_var);
    cx.call_void(RtFunc::SetHandledException, vec![prev]);
    cx.clear_var(exc_var);
}

/// Takes the raised exception and makes it the handled one; returns (exception, previous)
/// variables.
fn begin_handling(cx: &mut FnCx<'_>) -> (VarId, VarId) {
    let exc_var = cx.temp_var("exc");
    let prev_var = cx.temp_var("prev_exc");
    let exc = cx.call(RtFunc::FetchException, vec![]);
    cx.store_var(exc_var, exc);
    let prev = cx.call(RtFunc::GetHandledException, vec![]);
    cx.store_var(prev_var, prev);
    cx.call_void(RtFunc::SetHandledException, vec![exc]);
    (exc_var, prev_var)
}

/// Restores the previously handled exception and re-raises the one in `exc_var`.
fn reraise(cx: &mut FnCx<'_>, exc_var: VarId, prev_var: VarId) {
    let prev = cx.take_var(prev_var);
    cx.call_void(RtFunc::SetHandledException, vec![prev]);
    let exc = cx.take_var(exc_var);
    cx.call_void(RtFunc::Reraise, vec![exc]);
}

/// A landing block for exceptions raised while handling one: restore and propagate.
fn emit_cleanup_block<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    block: heron_ir::BlockId,
    exc_var: VarId,
    prev_var: VarId,
    name: Option<&str>,
    outer: heron_ir::BlockId,
) {
    let (here, here_handler) = (cx.block, cx.handler);
    cx.block = block;
    cx.handler = outer;
    let e2 = cx.call(RtFunc::FetchException, vec![]);
    let prev = cx.take_var(prev_var);
    cx.call_void(RtFunc::SetHandledException, vec![prev]);
    cx.clear_var(exc_var);
    if let Some(name) = name {
        unbind_name(m, cx, name);
    }
    cx.call_void(RtFunc::Reraise, vec![e2]);
    cx.block = here;
    cx.handler = here_handler;
}

/// `return [value]`.
pub(crate) fn lower_return<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    value: Option<&'a Expr>,
) -> LowerResult<()> {
    let v = match value {
        Some(e) => lower_expr(m, cx, e)?,
        None => cx.none(m),
    };
    if cx.unwinds.is_empty() {
        cx.terminate(Terminator::Return(v));
        cx.start_dead_block();
        return Ok(());
    }
    let tmp = cx.temp_var("retval");
    cx.store_var(tmp, v);
    cx.pending_returns.push(crate::cx::PendingReturn {
        var: tmp,
        level: cx.unwinds.len(),
        loops: cx.loops.len(),
    });
    let unwound = emit_unwinds(m, cx, 0, true);
    cx.pending_returns.pop();
    unwound?;
    let v = cx.take_var(tmp);
    cx.terminate(Terminator::Return(v));
    cx.start_dead_block();
    Ok(())
}

/// `break`.
pub(crate) fn lower_break<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    range: (usize, usize),
) -> LowerResult<()> {
    let Some(lp) = cx.loops.last() else {
        return Err(m.unsupported("'break' outside loop", range));
    };
    let (depth, target, iter_var) = (lp.unwind_depth, lp.break_block, lp.iter_var);
    discard_pending_returns(cx, cx.loops.len() - 1);
    emit_unwinds(m, cx, depth, false)?;
    if let Some(it) = iter_var {
        cx.clear_var(it);
    }
    cx.terminate(Terminator::Jump(target));
    cx.start_dead_block();
    Ok(())
}

/// `continue`.
pub(crate) fn lower_continue<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    range: (usize, usize),
) -> LowerResult<()> {
    let Some(lp) = cx.loops.last() else {
        return Err(m.unsupported("'continue' not properly in loop", range));
    };
    let (depth, target) = (lp.unwind_depth, lp.continue_block);
    discard_pending_returns(cx, cx.loops.len() - 1);
    emit_unwinds(m, cx, depth, false)?;
    cx.terminate(Terminator::Jump(target));
    cx.start_dead_block();
    Ok(())
}

/// `while test: body else: orelse`.
pub(crate) fn lower_while<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    w: &'a ast::StmtWhile,
) -> LowerResult<()> {
    let (head, body, orelse, after) = (
        cx.new_block(),
        cx.new_block(),
        cx.new_block(),
        cx.new_block(),
    );
    let loc = cx.loc;
    cx.jump_and_switch(head, head);
    cx.call(RtFunc::Periodic, vec![]);
    lower_cond(m, cx, &w.test, body, orelse)?;
    cx.switch_to(body);
    cx.loops.push(LoopCx {
        continue_block: head,
        break_block: after,
        unwind_depth: cx.unwinds.len(),
        iter_var: None,
    });
    lower_block(m, cx, &w.body)?;
    cx.loops.pop();
    cx.loc = loc;
    cx.jump_and_switch(head, orelse);
    lower_block(m, cx, &w.orelse)?;
    cx.jump_and_switch(after, after);
    Ok(())
}

/// `for target in iter: body else: orelse`.
pub(crate) fn lower_for<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    f: &'a ast::StmtFor,
) -> LowerResult<()> {
    let loc = cx.loc;
    let iterable = lower_expr(m, cx, &f.iter)?;
    cx.loc = loc;
    let it = cx.call(RtFunc::GetIter, vec![iterable]);
    let blocks = loop_head(cx, it, "iter");
    let itv = cx.load_var(blocks.it_var);
    let item = cx.call(RtFunc::IterNext, vec![itv]);
    let done = cx.value(Op::IsNull(item));
    cx.branch(done, blocks.exhausted, blocks.body);
    loop_rest(m, cx, blocks, item, (&f.target, &f.body, &f.orelse), loc)
}

/// The blocks of a `for`/`async for` loop over the iterator in `it_var`.
struct LoopBlocks {
    it_var: VarId,
    head: BlockId,
    body: BlockId,
    exhausted: BlockId,
    after: BlockId,
}

/// Stores the loop's iterator and starts its head block (which the caller finishes by
/// getting the next item and branching to `body` or `exhausted`).
fn loop_head(cx: &mut FnCx<'_>, it: heron_ir::ValueId, what: &str) -> LoopBlocks {
    let it_var = cx.temp_var(what);
    cx.store_var(it_var, it);
    cx.iter_vars.push(it_var);
    let blocks = LoopBlocks {
        it_var,
        head: cx.new_block(),
        body: cx.new_block(),
        exhausted: cx.new_block(),
        after: cx.new_block(),
    };
    cx.jump_and_switch(blocks.head, blocks.head);
    cx.call(RtFunc::Periodic, vec![]);
    blocks
}

/// The rest of a `for`/`async for` loop: binds `item` to the target, runs the body (with
/// `break`/`continue`), then, once exhausted, releases the iterator and runs the `else` body.
fn loop_rest<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    blocks: LoopBlocks,
    item: heron_ir::ValueId,
    (target, body, orelse): (&'a Expr, &'a [Stmt], &'a [Stmt]),
    loc: heron_ir::Loc,
) -> LowerResult<()> {
    cx.switch_to(blocks.body);
    assign(m, cx, target, item)?;
    cx.loops.push(LoopCx {
        continue_block: blocks.head,
        break_block: blocks.after,
        unwind_depth: cx.unwinds.len(),
        iter_var: Some(blocks.it_var),
    });
    lower_block(m, cx, body)?;
    cx.loops.pop();
    cx.loc = loc;
    cx.jump_and_switch(blocks.head, blocks.exhausted);
    cx.clear_var(blocks.it_var);
    lower_block(m, cx, orelse)?;
    cx.jump_and_switch(blocks.after, blocks.after);
    Ok(())
}

/// `async for target in iterable: body else: orelse`, as CPython 3.11 compiles it: the
/// next item is `await type(it).__anext__(it)`, and `StopAsyncIteration` raised while getting
/// it ends the loop.
pub(crate) fn lower_async_for<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    f: &'a ast::StmtAsyncFor,
) -> LowerResult<()> {
    let loc = cx.loc;
    let iterable = lower_expr(m, cx, &f.iter)?;
    cx.loc = loc;
    let it = cx.call(RtFunc::GetAIter, vec![iterable]);
    let blocks = loop_head(cx, it, "aiter");
    let item = async_next(cx, blocks.it_var, blocks.body, blocks.exhausted);
    loop_rest(m, cx, blocks, item, (&f.target, &f.body, &f.orelse), loc)
}

/// The next item of the asynchronous iterator in `it_var` (`await type(it).__anext__(it)`),
/// then a jump to `body`; `StopAsyncIteration` raised while getting it jumps to `exhausted`
/// instead (`END_ASYNC_FOR`), and any other exception propagates.
pub(crate) fn async_next(
    cx: &mut FnCx<'_>,
    it_var: VarId,
    body: BlockId,
    exhausted: BlockId,
) -> heron_ir::ValueId {
    let outer = cx.handler;
    let stop_test = cx.new_cold_block();
    cx.handler = stop_test;
    let itv = cx.load_var(it_var);
    // `GetANext` already returns the awaitable's iterator.
    let next = cx.call(RtFunc::GetANext, vec![itv]);
    let item = cx.value(Op::Suspend {
        kind: heron_ir::SuspendKind::Delegate,
        value: next,
        live: Vec::new(),
        owned: 0,
    });
    cx.handler = outer;
    cx.terminate(Terminator::Jump(body));
    cx.switch_to(stop_test);
    let stopped = cx.call(RtFunc::AsyncForStop, vec![]);
    let propagate = cx.new_cold_block();
    cx.branch(stopped, exhausted, propagate);
    cx.switch_to(propagate);
    cx.call_void(RtFunc::ErrorPending, vec![]);
    cx.terminate(Terminator::Unreachable);
    item
}

/// The parts of a `try` statement, with `except` or with `except*` clauses.
pub(crate) struct TryParts<'a> {
    body: &'a [Stmt],
    handlers: &'a [ast::ExceptHandler],
    orelse: &'a [Stmt],
    finalbody: &'a [Stmt],
    /// `except*` clauses (PEP 654).
    star: bool,
}

impl<'a> TryParts<'a> {
    /// A `try` with `except` clauses (or none).
    pub(crate) fn of(t: &'a ast::StmtTry) -> Self {
        TryParts {
            body: &t.body,
            handlers: &t.handlers,
            orelse: &t.orelse,
            finalbody: &t.finalbody,
            star: false,
        }
    }

    /// A `try` with `except*` clauses.
    pub(crate) fn of_star(t: &'a ast::StmtTryStar) -> Self {
        TryParts {
            body: &t.body,
            handlers: &t.handlers,
            orelse: &t.orelse,
            finalbody: &t.finalbody,
            star: true,
        }
    }
}

/// `try` with any combination of `except` (or `except*`), `else` and `finally`.
pub(crate) fn lower_try<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    t: TryParts<'a>,
) -> LowerResult<()> {
    if t.finalbody.is_empty() {
        return lower_try_except(m, cx, &t);
    }
    let outer = cx.handler;
    let fin_exc = cx.new_cold_block();
    cx.unwinds.push(Unwind::Finally {
        body: t.finalbody,
        handler: outer,
    });
    cx.handler = fin_exc;
    let iters_mark = cx.iter_vars.len();
    if t.handlers.is_empty() {
        lower_block(m, cx, t.body)?;
        cx.handler = outer;
        lower_block(m, cx, t.orelse)?;
    } else {
        lower_try_except(m, cx, &t)?;
    }
    cx.handler = outer;
    cx.unwinds.pop();

    // Fall-through: run the finally body.
    lower_block(m, cx, t.finalbody)?;
    let after = cx.new_block();
    cx.terminate(Terminator::Jump(after));

    // Exceptional path: the exception is "being handled" while the finally body runs.
    cx.switch_to(fin_exc);
    clear_iters_since(cx, iters_mark);
    let (exc_var, prev_var) = begin_handling(cx);
    let cleanup = cx.new_cold_block();
    cx.handler = cleanup;
    cx.unwinds.push(Unwind::Handler {
        prev_var,
        exc_var,
        name: None,
        handler: outer,
    });
    lower_block(m, cx, t.finalbody)?;
    cx.unwinds.pop();
    cx.handler = outer;
    reraise(cx, exc_var, prev_var);
    emit_cleanup_block(m, cx, cleanup, exc_var, prev_var, None, outer);
    cx.terminate(Terminator::Unreachable);
    cx.switch_to(after);
    Ok(())
}

/// `try: body except...: ... else: orelse` (the `finally` part, if any, is handled by the
/// caller around this).
fn lower_try_except<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    t: &TryParts<'a>,
) -> LowerResult<()> {
    let outer = cx.handler;
    let landing = cx.new_cold_block();
    let after = cx.new_block();
    cx.handler = landing;
    let iters_mark = cx.iter_vars.len();
    lower_block(m, cx, t.body)?;
    cx.handler = outer;
    lower_block(m, cx, t.orelse)?;
    cx.terminate(Terminator::Jump(after));

    cx.switch_to(landing);
    clear_iters_since(cx, iters_mark);
    let (exc_var, prev_var) = begin_handling(cx);
    let cleanup = cx.new_cold_block();
    emit_cleanup_block(m, cx, cleanup, exc_var, prev_var, None, outer);
    if t.star {
        lower_star_handlers(m, cx, t.handlers, (exc_var, prev_var), cleanup, after)?;
        cx.switch_to(after);
        return Ok(());
    }
    for h in t.handlers {
        let ast::ExceptHandler::ExceptHandler(h) = h;
        cx.loc = m.loc(range_of(h).0);
        let next = cx.new_block();
        if let Some(ty) = &h.type_ {
            cx.handler = cleanup;
            let tyv = lower_expr(m, cx, ty)?;
            cx.loc = m.loc(range_of(h).0);
            let exc = cx.load_var(exc_var);
            let matched = cx.call(RtFunc::ExceptionMatches, vec![exc, tyv]);
            let body = cx.new_block();
            cx.branch(matched, body, next);
            cx.switch_to(body);
        }
        let name = h.name.as_ref().map(|n| n.as_str().to_string());
        let clause_cleanup = match &name {
            Some(n) => {
                let b = cx.new_cold_block();
                emit_cleanup_block(m, cx, b, exc_var, prev_var, Some(n), outer);
                b
            }
            None => cleanup,
        };
        cx.handler = clause_cleanup;
        if let Some(n) = &name {
            let exc = cx.load_var(exc_var);
            store_name(m, cx, n, exc);
        }
        cx.unwinds.push(Unwind::Handler {
            prev_var,
            exc_var,
            name: name.clone(),
            handler: outer,
        });
        lower_block(m, cx, &h.body)?;
        cx.unwinds.pop();
        cx.handler = outer;
        restore_handled(cx, prev_var, exc_var);
        if let Some(n) = &name {
            unbind_name(m, cx, n);
        }
        cx.terminate(Terminator::Jump(after));
        cx.switch_to(next);
    }
    // No clause matched.
    cx.handler = outer;
    reraise(cx, exc_var, prev_var);
    cx.terminate(Terminator::Unreachable);
    cx.switch_to(after);
    Ok(())
}

/// The `except*` clauses of a `try` (PEP 654), entered with the caught exception in `exc_var`
/// (the handled one) and the previously handled one in `prev_var`. Each clause splits off
/// the part of what is left that its types match (`CHECK_EG_MATCH`) and runs with that part
/// as the handled exception; what a clause raises is collected instead of propagating. At the
/// end, what was raised and what no clause matched are combined into the exception to raise
/// (`PREP_RERAISE_STAR`); without one, control continues at `after`. `return`, `break` and
/// `continue` cannot appear in these clauses (a syntax error), so no unwinding is needed.
fn lower_star_handlers<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    handlers: &'a [ast::ExceptHandler],
    (exc_var, prev_var): (VarId, VarId),
    cleanup: heron_ir::BlockId,
    after: heron_ir::BlockId,
) -> LowerResult<()> {
    let outer = cx.handler;
    cx.handler = cleanup;
    let rest_var = cx.temp_var("eg_rest");
    let exc = cx.load_var(exc_var);
    cx.store_var(rest_var, exc);
    let raised_var = cx.temp_var("eg_raised");
    let raised = cx.call(RtFunc::BuildList, vec![]);
    cx.store_var(raised_var, raised);
    for h in handlers {
        let ast::ExceptHandler::ExceptHandler(h) = h;
        cx.loc = m.loc(range_of(h).0);
        let next = cx.new_block();
        cx.handler = cleanup;
        // CPython's parser rejects `except*:`; the interpreter's syntax check runs first.
        let Some(ty) = h.type_.as_ref() else {
            return Err(m.unsupported("except* without an exception type", range_of(h)));
        };
        let tyv = lower_expr(m, cx, ty)?;
        cx.loc = m.loc(range_of(h).0);
        let rest = cx.load_var(rest_var);
        let pair = cx.call(RtFunc::ExceptStarMatch, vec![rest, tyv]);
        let i0 = cx.int(0);
        let matched = cx.call(RtFunc::TupleGetItem, vec![pair, i0]);
        let none = cx.none(m);
        let no_match = cx.value(Op::Is(matched, none));
        let body = cx.new_block();
        cx.branch(no_match, next, body);
        cx.switch_to(body);
        let i1 = cx.int(1);
        let rest = cx.call(RtFunc::TupleGetItem, vec![pair, i1]);
        cx.store_var(rest_var, rest);
        cx.call_void(RtFunc::SetHandledException, vec![matched]);
        let name = h.name.as_ref().map(|n| n.as_str().to_string());
        // An exception raised by the clause is collected, and the next clause runs.
        let collect = cx.new_cold_block();
        let (here, here_handler) = (cx.block, cx.handler);
        cx.block = collect;
        cx.handler = cleanup;
        let e2 = cx.call(RtFunc::FetchException, vec![]);
        let raised = cx.load_var(raised_var);
        cx.call(RtFunc::ListAppend, vec![raised, e2]);
        if let Some(n) = &name {
            unbind_name(m, cx, n);
        }
        cx.terminate(Terminator::Jump(next));
        (cx.block, cx.handler) = (here, here_handler);

        cx.handler = collect;
        if let Some(n) = &name {
            store_name(m, cx, n, matched);
        }
        lower_block(m, cx, &h.body)?;
        cx.handler = cleanup;
        if let Some(n) = &name {
            unbind_name(m, cx, n);
        }
        cx.terminate(Terminator::Jump(next));
        cx.switch_to(next);
    }
    cx.handler = cleanup;
    let orig = cx.load_var(exc_var);
    let raised = cx.take_var(raised_var);
    let rest = cx.take_var(rest_var);
    let result = cx.call(RtFunc::PrepReraiseStar, vec![orig, raised, rest]);
    let none = cx.none(m);
    let nothing = cx.value(Op::Is(result, none));
    let (handled, reraise_block) = (cx.new_block(), cx.new_cold_block());
    cx.branch(nothing, handled, reraise_block);
    cx.handler = outer;
    cx.switch_to(handled);
    restore_handled(cx, prev_var, exc_var);
    cx.terminate(Terminator::Jump(after));
    cx.switch_to(reraise_block);
    let prev = cx.take_var(prev_var);
    cx.call_void(RtFunc::SetHandledException, vec![prev]);
    cx.clear_var(exc_var);
    cx.call_void(RtFunc::Reraise, vec![result]);
    cx.terminate(Terminator::Unreachable);
    Ok(())
}

/// `with a as x, b as y: body`, one item at a time (PEP 343).
pub(crate) fn lower_with<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    items: &'a [ast::WithItem],
    body: &'a [Stmt],
) -> LowerResult<()> {
    lower_with_items(m, cx, items, body, false)
}

/// `async with`: as `with`, with `__aenter__`/`__aexit__` and their results awaited.
pub(crate) fn lower_async_with<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    items: &'a [ast::WithItem],
    body: &'a [Stmt],
) -> LowerResult<()> {
    lower_with_items(m, cx, items, body, true)
}

/// Calls a `with` block's exit (`exc` `NULL` for a normal exit) and, for `async with`, awaits
/// the result.
fn call_exit(
    cx: &mut FnCx<'_>,
    exit: heron_ir::ValueId,
    exc: heron_ir::ValueId,
    is_async: bool,
) -> heron_ir::ValueId {
    let r = cx.call(RtFunc::WithExit, vec![exit, exc]);
    if is_async {
        crate::expr::await_value(cx, r, 2)
    } else {
        r
    }
}

fn lower_with_items<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    items: &'a [ast::WithItem],
    body: &'a [Stmt],
    is_async: bool,
) -> LowerResult<()> {
    let Some((item, rest)) = items.split_first() else {
        return lower_block(m, cx, body);
    };
    let loc = cx.loc;
    let mgr = lower_expr(m, cx, &item.context_expr)?;
    cx.loc = loc;
    let enter = if is_async {
        RtFunc::AsyncWithEnter
    } else {
        RtFunc::WithEnter
    };
    let pair = cx.call(enter, vec![mgr]);
    let i0 = cx.int(0);
    let exit = cx.call(RtFunc::TupleGetItem, vec![pair, i0]);
    let exit_var = cx.temp_var("exit");
    cx.store_var(exit_var, exit);
    let i1 = cx.int(1);
    let mut entered = cx.call(RtFunc::TupleGetItem, vec![pair, i1]);
    if is_async {
        entered = crate::expr::await_value(cx, entered, 1);
    }

    let outer = cx.handler;
    let landing = cx.new_cold_block();
    cx.handler = landing;
    cx.unwinds.push(Unwind::With {
        exit_var,
        handler: outer,
        loc,
        is_async,
    });
    let iters_mark = cx.iter_vars.len();
    if let Some(target) = &item.optional_vars {
        assign(m, cx, target, entered)?;
    }
    lower_with_items(m, cx, rest, body, is_async)?;
    cx.unwinds.pop();
    cx.handler = outer;
    cx.loc = loc;
    let exit = cx.take_var(exit_var);
    let null = cx.null();
    call_exit(cx, exit, null, is_async);
    let after = cx.new_block();
    cx.terminate(Terminator::Jump(after));

    // Exceptional exit: `if not exit(type, exc, tb): raise`.
    cx.switch_to(landing);
    clear_iters_since(cx, iters_mark);
    let (exc_var, prev_var) = begin_handling(cx);
    let cleanup = cx.new_cold_block();
    emit_cleanup_block(m, cx, cleanup, exc_var, prev_var, None, outer);
    cx.handler = cleanup;
    let exit = cx.take_var(exit_var);
    let exc = cx.load_var(exc_var);
    let r = call_exit(cx, exit, exc, is_async);
    let suppress = cx.is_true(r);
    let (suppressed, propagate) = (cx.new_block(), cx.new_cold_block());
    cx.branch(suppress, suppressed, propagate);
    cx.handler = outer;
    cx.switch_to(propagate);
    reraise(cx, exc_var, prev_var);
    cx.terminate(Terminator::Unreachable);
    cx.switch_to(suppressed);
    restore_handled(cx, prev_var, exc_var);
    cx.jump_and_switch(after, after);
    Ok(())
}
