//! Simple statements, and dispatch to the compound ones in `control.rs` and `func.rs`.

use crate::cx::FnCx;
use crate::expr::{bin_op, lower_cond, lower_expr};
use crate::names::{assign, delete, load_name, range_of, store_name};
use crate::{LowerResult, ModuleCx};
use heron_ir::{Constant, FunctionKind, RtFunc};
use heron_syntax::ast::{self, Expr, Stmt};

/// Lowers a statement list.
pub(crate) fn lower_block<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    stmts: &'a [Stmt],
) -> LowerResult<()> {
    for s in stmts {
        lower_stmt(m, cx, s)?;
    }
    Ok(())
}

fn lower_stmt<'a>(m: &mut ModuleCx<'a>, cx: &mut FnCx<'a>, s: &'a Stmt) -> LowerResult<()> {
    cx.loc = m.loc(range_of(s).0);
    match s {
        Stmt::Expr(e) => {
            lower_expr(m, cx, &e.value)?;
        }
        Stmt::Assign(a) => {
            let v = lower_expr(m, cx, &a.value)?;
            for t in &a.targets {
                assign(m, cx, t, v)?;
            }
        }
        Stmt::AugAssign(a) => lower_aug_assign(m, cx, a)?,
        Stmt::AnnAssign(a) => lower_ann_assign(m, cx, a)?,
        Stmt::Delete(d) => {
            for t in &d.targets {
                delete(m, cx, t)?;
            }
        }
        Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => {}
        Stmt::If(i) => {
            let (then_b, else_b, join) = (cx.new_block(), cx.new_block(), cx.new_block());
            lower_cond(m, cx, &i.test, then_b, else_b)?;
            cx.switch_to(then_b);
            lower_block(m, cx, &i.body)?;
            cx.jump_and_switch(join, else_b);
            lower_block(m, cx, &i.orelse)?;
            cx.jump_and_switch(join, join);
        }
        Stmt::While(w) => crate::control::lower_while(m, cx, w)?,
        Stmt::For(f) => crate::control::lower_for(m, cx, f)?,
        Stmt::Break(_) => crate::control::lower_break(m, cx, range_of(s))?,
        Stmt::Continue(_) => crate::control::lower_continue(m, cx, range_of(s))?,
        Stmt::Return(r) => crate::control::lower_return(m, cx, r.value.as_deref())?,
        Stmt::Raise(r) => match &r.exc {
            Some(exc) => {
                let e = lower_expr(m, cx, exc)?;
                let cause = match &r.cause {
                    Some(c) => lower_expr(m, cx, c)?,
                    None => cx.null(),
                };
                cx.loc = m.loc(range_of(s).0);
                cx.call_void(RtFunc::Raise, vec![e, cause]);
            }
            None => cx.call_void(RtFunc::ReraiseHandled, vec![]),
        },
        Stmt::Try(t) => crate::control::lower_try(m, cx, crate::control::TryParts::of(t))?,
        Stmt::With(w) => crate::control::lower_with(m, cx, &w.items, &w.body)?,
        Stmt::Assert(a) => {
            let (fail, ok) = (cx.new_cold_block(), cx.new_block());
            lower_cond(m, cx, &a.test, ok, fail)?;
            cx.switch_to(fail);
            let msg = match &a.msg {
                Some(msg) => lower_expr(m, cx, msg)?,
                None => cx.null(),
            };
            cx.loc = m.loc(range_of(s).0);
            cx.call_void(RtFunc::AssertFail, vec![msg]);
            cx.terminate(heron_ir::Terminator::Unreachable);
            cx.switch_to(ok);
        }
        Stmt::Import(i) => lower_import(m, cx, i)?,
        Stmt::ImportFrom(i) => lower_import_from(m, cx, i)?,
        // `def` and `async def` differ only in their scope's flags.
        Stmt::FunctionDef(ast::StmtFunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            ..
        })
        | Stmt::AsyncFunctionDef(ast::StmtAsyncFunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            ..
        }) => crate::func::lower_function_def(
            m,
            cx,
            crate::func::FunctionDefParts {
                name: name.as_str(),
                args,
                returns: returns.as_deref(),
                body,
                decorators: decorator_list,
                range: range_of(s),
            },
        )?,
        Stmt::ClassDef(c) => crate::func::lower_class_def(m, cx, c)?,
        Stmt::AsyncFor(f) => crate::control::lower_async_for(m, cx, f)?,
        Stmt::AsyncWith(w) => crate::control::lower_async_with(m, cx, &w.items, &w.body)?,
        Stmt::Match(mt) => crate::patterns::lower_match(m, cx, mt)?,
        Stmt::TryStar(t) => crate::control::lower_try(m, cx, crate::control::TryParts::of_star(t))?,
        Stmt::TypeAlias(_) => return Err(m.unsupported("type alias", range_of(s))),
    }
    Ok(())
}

/// `target op= value`: the target's parts are evaluated once.
fn lower_aug_assign<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    a: &'a ast::StmtAugAssign,
) -> LowerResult<()> {
    let op = RtFunc::InplaceBinary(bin_op(a.op));
    match &*a.target {
        Expr::Name(n) => {
            let old = load_name(m, cx, n.id.as_str());
            let rhs = lower_expr(m, cx, &a.value)?;
            cx.loc = m.loc(range_of(a).0);
            let new = cx.call(op, vec![old, rhs]);
            store_name(m, cx, n.id.as_str(), new);
        }
        Expr::Attribute(at) => {
            let obj = lower_expr(m, cx, &at.value)?;
            let attr_loc = m.attr_loc(&a.target, at.attr.as_str());
            cx.loc = attr_loc;
            let name = cx.attr_const(m, at.attr.as_str());
            let old = cx.call(RtFunc::GetAttr, vec![obj, name]);
            let rhs = lower_expr(m, cx, &a.value)?;
            cx.loc = m.loc(range_of(a).0);
            let new = cx.call(op, vec![old, rhs]);
            cx.loc = attr_loc;
            cx.call_void(RtFunc::SetAttr, vec![obj, name, new]);
        }
        Expr::Subscript(sub) => {
            let obj = lower_expr(m, cx, &sub.value)?;
            let key = crate::expr::lower_subscript_key(m, cx, &sub.slice)?;
            let old = cx.call(RtFunc::GetItem, vec![obj, key]);
            let rhs = lower_expr(m, cx, &a.value)?;
            cx.loc = m.loc(range_of(a).0);
            let new = cx.call(op, vec![old, rhs]);
            cx.call_void(RtFunc::SetItem, vec![obj, key, new]);
        }
        other => return Err(m.unsupported("this augmented assignment target", range_of(other))),
    }
    Ok(())
}

/// `target: annotation [= value]`. At module level a simple name's annotation is stored in
/// `__annotations__`; in functions annotations are not evaluated.
fn lower_ann_assign<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    a: &'a ast::StmtAnnAssign,
) -> LowerResult<()> {
    if let Some(value) = &a.value {
        let v = lower_expr(m, cx, value)?;
        assign(m, cx, &a.target, v)?;
    }
    if cx.f.kind != FunctionKind::Module && cx.ns.is_none() {
        return Ok(());
    }
    // rustpython-parser marks `(x): int` simple too; CPython does not (nothing is stored).
    let start = range_of(a).0;
    let simple = a.simple && !m.source.slice(start, start + 1).starts_with('(');
    match &*a.target {
        Expr::Name(n) if simple => {
            let ann = annotation_value(m, cx, &a.annotation)?;
            let anns = load_name(m, cx, "__annotations__");
            let key = cx.attr_const(m, n.id.as_str());
            cx.call_void(RtFunc::SetItem, vec![anns, key, ann]);
        }
        target => {
            // CPython evaluates the target's object/subscript (when there is no value) and the
            // annotation, but stores nothing.
            if a.value.is_none() {
                match target {
                    Expr::Attribute(at) => {
                        lower_expr(m, cx, &at.value)?;
                    }
                    Expr::Subscript(sub) => {
                        lower_expr(m, cx, &sub.value)?;
                        crate::expr::lower_subscript_key(m, cx, &sub.slice)?;
                    }
                    _ => {}
                }
            }
            if !m.future_annotations {
                lower_expr(m, cx, &a.annotation)?;
            }
        }
    }
    Ok(())
}

/// An annotation's value: evaluated, or its source text under
/// `from __future__ import annotations`.
pub(crate) fn annotation_value<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    e: &'a Expr,
) -> LowerResult<heron_ir::ValueId> {
    if m.future_annotations {
        let text = heron_syntax::unparse_expr(e);
        return Ok(cx.str_const(m, &text));
    }
    if let Expr::Starred(s) = e {
        // `*args: *Ts` (PEP 646): the one item the iterable unpacks to, as CPython's
        // `UNPACK_SEQUENCE 1`.
        let v = lower_expr(m, cx, &s.value)?;
        let one = cx.int(1);
        let items = cx.call(RtFunc::UnpackSequence, vec![v, one]);
        let zero = cx.int(0);
        return Ok(cx.call(RtFunc::TupleGetItem, vec![items, zero]));
    }
    lower_expr(m, cx, e)
}

/// `import a.b.c [as d], ...`.
fn lower_import<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    i: &'a ast::StmtImport,
) -> LowerResult<()> {
    for alias in &i.names {
        let full = alias.name.as_str();
        let name = cx.str_const(m, full);
        let none = cx.none(m);
        let level = cx.int(0);
        let g = cx.globals;
        let module = cx.call(RtFunc::ImportName, vec![name, none, level, g]);
        match &alias.asname {
            Some(asname) => {
                // `import a.b.c as d` binds the submodule: walk the attributes.
                let mut v = module;
                for part in full.split('.').skip(1) {
                    let p = cx.str_const(m, part);
                    v = cx.call(RtFunc::ImportFrom, vec![v, p]);
                }
                store_name(m, cx, asname.as_str(), v);
            }
            None => {
                let top = full.split('.').next().unwrap_or(full);
                store_name(m, cx, top, module);
            }
        }
    }
    Ok(())
}

/// `from m import a [as b], ...` and `from m import *`.
fn lower_import_from<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    i: &'a ast::StmtImportFrom,
) -> LowerResult<()> {
    let modname = i.module.as_ref().map(|n| n.as_str()).unwrap_or("");
    let name = cx.str_const(m, modname);
    let names: Vec<_> = i
        .names
        .iter()
        .map(|a| m.consts.str(a.name.as_str()))
        .collect();
    let fromlist_k = m.consts.intern(Constant::Tuple(names));
    let fromlist = cx.constant(fromlist_k);
    let level = cx.int(i.level.map(|l| l.to_u32()).unwrap_or(0) as i64);
    let g = cx.globals;
    let module = cx.call(RtFunc::ImportName, vec![name, fromlist, level, g]);
    if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
        cx.call_void(RtFunc::ImportStar, vec![module, g]);
        return Ok(());
    }
    for alias in &i.names {
        let n = cx.str_const(m, alias.name.as_str());
        let v = cx.call(RtFunc::ImportFrom, vec![module, n]);
        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
        store_name(m, cx, bound.as_str(), v);
    }
    Ok(())
}

/// Emits `SETUP_ANNOTATIONS` if the module body has annotated assignments (as CPython does).
pub(crate) fn setup_annotations_if_needed(cx: &mut FnCx<'_>, body: &[Stmt]) {
    fn has_ann(stmts: &[Stmt]) -> bool {
        stmts.iter().any(|s| match s {
            Stmt::AnnAssign(_) => true,
            Stmt::If(i) => has_ann(&i.body) || has_ann(&i.orelse),
            Stmt::While(w) => has_ann(&w.body) || has_ann(&w.orelse),
            Stmt::For(f) => has_ann(&f.body) || has_ann(&f.orelse),
            Stmt::AsyncFor(f) => has_ann(&f.body) || has_ann(&f.orelse),
            Stmt::With(w) => has_ann(&w.body),
            Stmt::AsyncWith(w) => has_ann(&w.body),
            Stmt::Match(mt) => mt.cases.iter().any(|c| has_ann(&c.body)),
            Stmt::Try(t) => has_ann_try(&t.body, &t.orelse, &t.finalbody, &t.handlers),
            Stmt::TryStar(t) => has_ann_try(&t.body, &t.orelse, &t.finalbody, &t.handlers),
            _ => false,
        })
    }
    fn has_ann_try(
        body: &[Stmt],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        handlers: &[ast::ExceptHandler],
    ) -> bool {
        has_ann(body)
            || has_ann(orelse)
            || has_ann(finalbody)
            || handlers.iter().any(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                has_ann(&h.body)
            })
    }
    if has_ann(body) {
        let ns = cx.ns.unwrap_or(cx.globals);
        cx.call_void(RtFunc::SetupAnnotations, vec![ns]);
    }
}
