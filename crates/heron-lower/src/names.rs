//! Names and assignment targets: loads, stores and deletes of names, attributes, subscripts
//! and unpacking targets.

use crate::cx::{FnCx, NameAccess};
use crate::{LowerResult, ModuleCx};
use heron_ir::{Op, RtFunc, ValueId};
use heron_syntax::ast::{self, Expr, Ranged};

/// Byte range of a node.
pub(crate) fn range_of(node: &impl Ranged) -> (usize, usize) {
    let r = node.range();
    (r.start().to_usize(), r.end().to_usize())
}

/// Reads a name.
pub(crate) fn load_name<'a>(m: &mut ModuleCx<'a>, cx: &mut FnCx<'a>, name: &str) -> ValueId {
    let name = &cx.scope.mangle(name);
    match cx.use_name(name) {
        NameAccess::Local(var) => {
            let k = m.consts.str(name);
            cx.value(Op::LoadVar {
                var,
                unbound: Some(k),
            })
        }
        NameAccess::Cell { var, free } => {
            let cell = cx.load_var(var);
            let n = cx.str_const(m, name);
            let f = if free {
                RtFunc::CellGetFree
            } else {
                RtFunc::CellGet
            };
            cx.call(f, vec![cell, n])
        }
        NameAccess::Global => {
            let n = cx.str_const(m, name);
            let (g, b) = (cx.globals, cx.builtins);
            cx.call(RtFunc::LoadGlobal, vec![g, b, n])
        }
        NameAccess::ClassNs => {
            let n = cx.str_const(m, name);
            let (ns, g, b) = (class_ns(cx), cx.globals, cx.builtins);
            cx.call(RtFunc::LoadName, vec![ns, g, b, n])
        }
        NameAccess::ClassFree { var } => {
            let n = cx.str_const(m, name);
            let ns = class_ns(cx);
            let cell = cx.load_var(var);
            cx.call(RtFunc::LoadClassDeref, vec![ns, cell, n])
        }
    }
}

/// The namespace of the class body being lowered.
fn class_ns(cx: &FnCx<'_>) -> ValueId {
    cx.ns
        .expect("class-body names are only resolved in class bodies")
}

/// Binds a name to a value.
pub(crate) fn store_name<'a>(m: &mut ModuleCx<'a>, cx: &mut FnCx<'a>, name: &str, value: ValueId) {
    let name = &cx.scope.mangle(name);
    match cx.use_name(name) {
        NameAccess::Local(var) => cx.store_var(var, value),
        NameAccess::ClassNs => {
            let n = cx.str_const(m, name);
            let ns = class_ns(cx);
            cx.call_void(RtFunc::StoreName, vec![ns, n, value]);
        }
        NameAccess::Cell { var, .. } | NameAccess::ClassFree { var } => {
            let cell = cx.load_var(var);
            cx.call_void(RtFunc::CellSet, vec![cell, value]);
        }
        NameAccess::Global => {
            let n = cx.str_const(m, name);
            let g = cx.globals;
            cx.call_void(RtFunc::StoreGlobal, vec![g, n, value]);
        }
    }
}

/// `del name`.
pub(crate) fn delete_name<'a>(m: &mut ModuleCx<'a>, cx: &mut FnCx<'a>, name: &str) {
    let name = &cx.scope.mangle(name);
    match cx.use_name(name) {
        NameAccess::ClassNs => {
            let n = cx.str_const(m, name);
            let ns = class_ns(cx);
            cx.call_void(RtFunc::DelName, vec![ns, n]);
        }
        NameAccess::Local(var) => {
            let k = m.consts.str(name);
            cx.value(Op::LoadVar {
                var,
                unbound: Some(k),
            });
            cx.clear_var(var);
        }
        NameAccess::Cell { var, .. } | NameAccess::ClassFree { var } => {
            let cell = cx.load_var(var);
            let n = cx.str_const(m, name);
            cx.call_void(RtFunc::CellDel, vec![cell, n]);
        }
        NameAccess::Global => {
            let n = cx.str_const(m, name);
            let g = cx.globals;
            cx.call_void(RtFunc::DelGlobal, vec![g, n]);
        }
    }
}

/// Unbinds a name without complaint if it is already unbound (end of `except ... as name:`,
/// which CPython compiles as `name = None; del name`).
pub(crate) fn unbind_name<'a>(m: &mut ModuleCx<'a>, cx: &mut FnCx<'a>, name: &str) {
    let name = &cx.scope.mangle(name);
    match cx.use_name(name) {
        NameAccess::Local(var) => cx.clear_var(var),
        NameAccess::Cell { var, .. } | NameAccess::ClassFree { var } => {
            let cell = cx.load_var(var);
            let null = cx.null();
            cx.call_void(RtFunc::CellSet, vec![cell, null]);
        }
        NameAccess::Global | NameAccess::ClassNs => {
            let none = cx.none(m);
            store_name(m, cx, name, none);
            delete_name(m, cx, name);
        }
    }
}

/// Assigns `value` to an assignment target (`x`, `a.b`, `a[i]`, `a, *b = ...`).
pub(crate) fn assign<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    target: &'a Expr,
    value: ValueId,
) -> LowerResult<()> {
    cx.loc = m.loc(range_of(target).0);
    match target {
        Expr::Name(n) => store_name(m, cx, n.id.as_str(), value),
        Expr::Attribute(a) => {
            let obj = crate::expr::lower_expr(m, cx, &a.value)?;
            cx.loc = m.attr_loc(target, a.attr.as_str());
            let name = cx.attr_const(m, a.attr.as_str());
            cx.call_void(RtFunc::SetAttr, vec![obj, name, value]);
        }
        Expr::Subscript(s) => {
            let obj = crate::expr::lower_expr(m, cx, &s.value)?;
            let key = crate::expr::lower_subscript_key(m, cx, &s.slice)?;
            cx.loc = m.loc(range_of(target).0);
            cx.call_void(RtFunc::SetItem, vec![obj, key, value]);
        }
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            unpack(m, cx, elts, value)?;
        }
        Expr::Starred(s) => {
            // Only valid inside a tuple/list target, which `unpack` handles.
            return Err(m.unsupported("starred assignment target", range_of(&*s.value)));
        }
        other => {
            return Err(m.unsupported("this assignment target", range_of(other)));
        }
    }
    Ok(())
}

/// `a, *b, c = value`.
fn unpack<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    elts: &'a [Expr],
    value: ValueId,
) -> LowerResult<()> {
    let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
    let tuple = match star {
        None => {
            let n = cx.int(elts.len() as i64);
            cx.call(RtFunc::UnpackSequence, vec![value, n])
        }
        Some(i) => {
            let before = cx.int(i as i64);
            let after = cx.int((elts.len() - i - 1) as i64);
            cx.call(RtFunc::UnpackEx, vec![value, before, after])
        }
    };
    // All items first: `tuple` may be the unpacked list itself, which assigning a target could
    // change (a store releasing an object whose `__del__` mutates the list).
    let items: Vec<ValueId> = (0..elts.len())
        .map(|i| {
            let idx = cx.int(i as i64);
            cx.call(RtFunc::TupleGetItem, vec![tuple, idx])
        })
        .collect();
    for (elt, item) in elts.iter().zip(items) {
        let target = match elt {
            Expr::Starred(s) => &*s.value,
            other => other,
        };
        assign(m, cx, target, item)?;
    }
    Ok(())
}

/// `del target`.
pub(crate) fn delete<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    target: &'a Expr,
) -> LowerResult<()> {
    cx.loc = m.loc(range_of(target).0);
    match target {
        Expr::Name(n) => delete_name(m, cx, n.id.as_str()),
        Expr::Attribute(a) => {
            let obj = crate::expr::lower_expr(m, cx, &a.value)?;
            cx.loc = m.attr_loc(target, a.attr.as_str());
            let name = cx.attr_const(m, a.attr.as_str());
            cx.call_void(RtFunc::DelAttr, vec![obj, name]);
        }
        Expr::Subscript(s) => {
            let obj = crate::expr::lower_expr(m, cx, &s.value)?;
            let key = crate::expr::lower_subscript_key(m, cx, &s.slice)?;
            cx.loc = m.loc(range_of(target).0);
            cx.call_void(RtFunc::DelItem, vec![obj, key]);
        }
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            for e in elts {
                delete(m, cx, e)?;
            }
        }
        other => return Err(m.unsupported("this `del` target", range_of(other))),
    }
    Ok(())
}
