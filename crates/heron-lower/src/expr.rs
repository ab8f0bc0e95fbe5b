//! Expressions.

use crate::cx::{FnCx, NameAccess};
use crate::names::{load_name, range_of};
use crate::{LowerResult, ModuleCx};
use heron_ir::{
    BinOp, CmpOp, ConstId, Constant, IntrospectKind, Op, RtFunc, SuspendKind, Terminator, UnaryOp,
    ValueId,
};
use heron_syntax::SymbolScope;
use heron_syntax::ast::{self, Expr};

/// Maps a binary operator.
pub(crate) fn bin_op(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::BitOr,
        O::BitXor => BinOp::BitXor,
        O::BitAnd => BinOp::BitAnd,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

/// Interns an AST constant.
pub(crate) fn intern_constant(m: &mut ModuleCx<'_>, c: &ast::Constant) -> ConstId {
    let value = match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Str(s) => Constant::Str(m.literal_str(s.as_str())),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Int(i) => Constant::Int(i.clone()),
        ast::Constant::Tuple(items) => {
            let ids = items.iter().map(|i| intern_constant(m, i)).collect();
            Constant::Tuple(ids)
        }
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex(*real, *imag),
        ast::Constant::Ellipsis => Constant::Ellipsis,
    };
    m.consts.intern(value)
}

/// If every element is a literal constant, the tuple constant CPython would fold it into.
fn constant_tuple(m: &mut ModuleCx<'_>, elts: &[Expr]) -> Option<ConstId> {
    let mut ids = Vec::with_capacity(elts.len());
    for e in elts {
        match e {
            Expr::Constant(c) => ids.push(intern_constant(m, &c.value)),
            _ => return None,
        }
    }
    Some(m.consts.intern(Constant::Tuple(ids)))
}

/// Lowers an expression to an object value.
pub(crate) fn lower_expr<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    e: &'a Expr,
) -> LowerResult<ValueId> {
    let saved = cx.loc;
    cx.loc = m.loc(range_of(e).0);
    let v = lower_expr_inner(m, cx, e)?;
    cx.loc = saved;
    Ok(v)
}

fn lower_expr_inner<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    e: &'a Expr,
) -> LowerResult<ValueId> {
    Ok(match e {
        Expr::Constant(c) => {
            let k = intern_constant(m, &c.value);
            cx.constant(k)
        }
        Expr::Name(n) => {
            if n.id.as_str() == "__debug__" {
                let k = m.consts.intern(Constant::Bool(true));
                return Ok(cx.constant(k));
            }
            load_name(m, cx, n.id.as_str())
        }
        Expr::BinOp(b) => {
            let l = lower_expr(m, cx, &b.left)?;
            let r = lower_expr(m, cx, &b.right)?;
            cx.call(RtFunc::Binary(bin_op(b.op)), vec![l, r])
        }
        Expr::UnaryOp(u) => {
            let v = lower_expr(m, cx, &u.operand)?;
            match u.op {
                ast::UnaryOp::Not => {
                    let t = cx.is_true(v);
                    let n = cx.value(Op::Not(t));
                    cx.value(Op::BoolToObject(n))
                }
                ast::UnaryOp::USub => cx.call(RtFunc::Unary(UnaryOp::Neg), vec![v]),
                ast::UnaryOp::UAdd => cx.call(RtFunc::Unary(UnaryOp::Pos), vec![v]),
                ast::UnaryOp::Invert => cx.call(RtFunc::Unary(UnaryOp::Invert), vec![v]),
            }
        }
        Expr::BoolOp(b) => lower_bool_op(m, cx, b)?,
        Expr::Compare(c) => lower_compare(m, cx, c)?,
        Expr::IfExp(i) => {
            let tmp = cx.temp_var("ifexp");
            let (then_b, else_b, join) = (cx.new_block(), cx.new_block(), cx.new_block());
            lower_cond(m, cx, &i.test, then_b, else_b)?;
            cx.switch_to(then_b);
            let v = lower_expr(m, cx, &i.body)?;
            cx.store_var(tmp, v);
            cx.jump_and_switch(join, else_b);
            let v = lower_expr(m, cx, &i.orelse)?;
            cx.store_var(tmp, v);
            cx.jump_and_switch(join, join);
            cx.take_var(tmp)
        }
        Expr::NamedExpr(n) => {
            let v = lower_expr(m, cx, &n.value)?;
            crate::names::assign(m, cx, &n.target, v)?;
            v
        }
        Expr::Attribute(a) => {
            let obj = lower_expr(m, cx, &a.value)?;
            cx.loc = m.attr_loc(e, a.attr.as_str());
            let name = cx.attr_const(m, a.attr.as_str());
            cx.call(RtFunc::GetAttr, vec![obj, name])
        }
        Expr::Subscript(s) => {
            let obj = lower_expr(m, cx, &s.value)?;
            let key = lower_subscript_key(m, cx, &s.slice)?;
            cx.loc = m.loc(range_of(e).0);
            cx.call(RtFunc::GetItem, vec![obj, key])
        }
        Expr::Slice(s) => lower_slice(m, cx, s)?,
        Expr::Call(c) => lower_call(m, cx, c)?,
        Expr::Tuple(t) => {
            if let Some(k) = constant_tuple(m, &t.elts) {
                return Ok(cx.constant(k));
            }
            lower_sequence(m, cx, &t.elts, Display::Tuple)?
        }
        Expr::List(l) => lower_sequence(m, cx, &l.elts, Display::List)?,
        Expr::Set(s) => lower_sequence(m, cx, &s.elts, Display::Set)?,
        Expr::Dict(d) => lower_dict(m, cx, d)?,
        Expr::JoinedStr(j) => {
            let raw = is_raw_fstring(m, range_of(e).0);
            lower_joined_str(m, cx, &j.values, raw)?
        }
        Expr::FormattedValue(f) => lower_formatted(m, cx, f, false)?,
        Expr::Lambda(l) => crate::func::lower_lambda(m, cx, l)?,
        Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::GeneratorExp(_) => {
            crate::func::lower_comprehension(m, cx, e)?
        }
        Expr::Yield(y) => {
            let v = match &y.value {
                Some(v) => lower_expr(m, cx, v)?,
                None => cx.none(m),
            };
            cx.value(Op::Suspend {
                kind: SuspendKind::Yield,
                value: v,
                live: Vec::new(),
                owned: 0,
            })
        }
        Expr::YieldFrom(y) => {
            let v = lower_expr(m, cx, &y.value)?;
            let it = cx.call(RtFunc::GetYieldFromIter, vec![v]);
            cx.value(Op::Suspend {
                kind: SuspendKind::Delegate,
                value: it,
                live: Vec::new(),
                owned: 0,
            })
        }
        Expr::Await(a) => {
            let v = lower_expr(m, cx, &a.value)?;
            await_value(cx, v, 0)
        }
        Expr::Starred(s) => {
            return Err(m.unsupported("a starred expression here", range_of(&*s.value)));
        }
    })
}

/// `a and b`, `a or b`: the value of the last operand evaluated.
fn lower_bool_op<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    b: &'a ast::ExprBoolOp,
) -> LowerResult<ValueId> {
    let tmp = cx.temp_var("boolop");
    let join = cx.new_block();
    let last = b.values.len() - 1;
    for (i, operand) in b.values.iter().enumerate() {
        let v = lower_expr(m, cx, operand)?;
        cx.store_var(tmp, v);
        if i == last {
            cx.jump_and_switch(join, join);
        } else {
            let t = cx.is_true(v);
            let next = cx.new_block();
            match b.op {
                ast::BoolOp::And => cx.branch(t, next, join),
                ast::BoolOp::Or => cx.branch(t, join, next),
            }
            cx.switch_to(next);
        }
    }
    Ok(cx.take_var(tmp))
}

fn cmp_op(op: ast::CmpOp) -> Option<CmpOp> {
    use ast::CmpOp as C;
    Some(match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::Ne,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::Le,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::Ge,
        _ => return None,
    })
}

/// One comparison as a `Bool` (for conditions) — `is`, `in` and rich comparisons.
fn compare_bool(cx: &mut FnCx<'_>, op: ast::CmpOp, l: ValueId, r: ValueId) -> ValueId {
    use ast::CmpOp as C;
    match op {
        C::Is => cx.value(Op::Is(l, r)),
        C::IsNot => {
            let b = cx.value(Op::Is(l, r));
            cx.value(Op::Not(b))
        }
        C::In => cx.call(RtFunc::Contains, vec![l, r]),
        C::NotIn => {
            let b = cx.call(RtFunc::Contains, vec![l, r]);
            cx.value(Op::Not(b))
        }
        _ => cx.call(
            RtFunc::CompareBool(cmp_op(op).expect("rich comparison")),
            vec![l, r],
        ),
    }
}

/// One comparison as an object value.
fn compare_value(cx: &mut FnCx<'_>, op: ast::CmpOp, l: ValueId, r: ValueId) -> ValueId {
    match cmp_op(op) {
        Some(c) => cx.call(RtFunc::Compare(c), vec![l, r]),
        None => {
            let b = compare_bool(cx, op, l, r);
            cx.value(Op::BoolToObject(b))
        }
    }
}

/// `a < b < c` as a value: `a < b and b < c` evaluating `b` once.
fn lower_compare<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    c: &'a ast::ExprCompare,
) -> LowerResult<ValueId> {
    let mut left = lower_expr(m, cx, &c.left)?;
    if c.ops.len() == 1 {
        let right = lower_expr(m, cx, &c.comparators[0])?;
        return Ok(compare_value(cx, c.ops[0], left, right));
    }
    let tmp = cx.temp_var("cmp");
    let join = cx.new_block();
    let last = c.ops.len() - 1;
    for (i, (op, comparator)) in c.ops.iter().zip(&c.comparators).enumerate() {
        let right = lower_expr(m, cx, comparator)?;
        let r = compare_value(cx, *op, left, right);
        cx.store_var(tmp, r);
        if i == last {
            cx.jump_and_switch(join, join);
        } else {
            let t = cx.is_true(r);
            let next = cx.new_block();
            cx.branch(t, next, join);
            cx.switch_to(next);
            left = right;
        }
    }
    Ok(cx.take_var(tmp))
}

/// Lowers an expression used as a condition: branches to `then_b` or `else_b`. The current
/// block is terminated.
pub(crate) fn lower_cond<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    e: &'a Expr,
    then_b: heron_ir::BlockId,
    else_b: heron_ir::BlockId,
) -> LowerResult<()> {
    let saved = cx.loc;
    cx.loc = m.loc(range_of(e).0);
    match e {
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
            lower_cond(m, cx, &u.operand, else_b, then_b)?;
        }
        Expr::BoolOp(b) => {
            let last = b.values.len() - 1;
            for (i, operand) in b.values.iter().enumerate() {
                if i == last {
                    lower_cond(m, cx, operand, then_b, else_b)?;
                } else {
                    let next = cx.new_block();
                    match b.op {
                        ast::BoolOp::And => lower_cond(m, cx, operand, next, else_b)?,
                        ast::BoolOp::Or => lower_cond(m, cx, operand, then_b, next)?,
                    }
                    cx.switch_to(next);
                }
            }
        }
        Expr::Compare(c) => {
            let mut left = lower_expr(m, cx, &c.left)?;
            for (i, (op, comparator)) in c.ops.iter().zip(&c.comparators).enumerate() {
                let right = lower_expr(m, cx, comparator)?;
                cx.loc = m.loc(range_of(e).0);
                let b = compare_bool(cx, *op, left, right);
                if i + 1 == c.ops.len() {
                    cx.branch(b, then_b, else_b);
                } else {
                    let next = cx.new_block();
                    cx.branch(b, next, else_b);
                    cx.switch_to(next);
                    left = right;
                }
            }
        }
        Expr::Constant(c) if matches!(c.value, ast::Constant::Bool(_) | ast::Constant::None) => {
            let truth = matches!(c.value, ast::Constant::Bool(true));
            let b = cx.value(Op::BoolConst(truth));
            cx.branch(b, then_b, else_b);
        }
        _ => {
            let v = lower_expr(m, cx, e)?;
            cx.loc = m.loc(range_of(e).0);
            let t = cx.is_true(v);
            cx.branch(t, then_b, else_b);
        }
    }
    cx.loc = saved;
    Ok(())
}

/// The key of a subscript: an expression or a slice.
pub(crate) fn lower_subscript_key<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    e: &'a Expr,
) -> LowerResult<ValueId> {
    // `a[*b]` is `a[(*b,)]` (PEP 646); the parser gives the starred expression alone where
    // CPython's gives a one-element tuple.
    if matches!(e, Expr::Starred(_)) {
        return lower_sequence(m, cx, std::slice::from_ref(e), Display::Tuple);
    }
    lower_expr(m, cx, e)
}

fn lower_slice<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    s: &'a ast::ExprSlice,
) -> LowerResult<ValueId> {
    let lo = optional_expr(m, cx, s.lower.as_deref())?;
    let hi = optional_expr(m, cx, s.upper.as_deref())?;
    let st = optional_expr(m, cx, s.step.as_deref())?;
    Ok(cx.call(RtFunc::BuildSlice, vec![lo, hi, st]))
}

/// An optional expression, `NULL` when absent.
fn optional_expr<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    e: Option<&'a Expr>,
) -> LowerResult<ValueId> {
    match e {
        Some(e) => lower_expr(m, cx, e),
        None => Ok(cx.null()),
    }
}

#[derive(Copy, Clone, PartialEq)]
enum Display {
    Tuple,
    List,
    Set,
}

/// `(a, b)`, `[a, *b]`, `{a, b}`.
fn lower_sequence<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    elts: &'a [Expr],
    kind: Display,
) -> LowerResult<ValueId> {
    let starred = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
    // Like CPython, displays of more than 30 items are built item by item: that keeps the
    // evaluation order of big displays, and the number of live temporaries (each of which an
    // error edge must release) small.
    if !starred && elts.len() <= 30 {
        let mut items = Vec::with_capacity(elts.len());
        for e in elts {
            items.push(lower_expr(m, cx, e)?);
        }
        let f = match kind {
            Display::Tuple => RtFunc::BuildTuple,
            Display::List => RtFunc::BuildList,
            Display::Set => RtFunc::BuildSet,
        };
        return Ok(cx.call(f, items));
    }
    let (build, add, extend) = match kind {
        Display::Set => (RtFunc::BuildSet, RtFunc::SetAdd, RtFunc::SetUpdate),
        _ => (RtFunc::BuildList, RtFunc::ListAppend, RtFunc::ListExtend),
    };
    // Errors from `*x` are reported where the display starts, as CPython does.
    let display_loc = cx.loc;
    let acc = cx.call(build, vec![]);
    for e in elts {
        match e {
            Expr::Starred(s) => {
                let v = lower_expr(m, cx, &s.value)?;
                cx.loc = display_loc;
                cx.call_void(extend, vec![acc, v]);
            }
            _ => {
                let v = lower_expr(m, cx, e)?;
                cx.call_void(add, vec![acc, v]);
            }
        }
    }
    if kind == Display::Tuple {
        return Ok(cx.call(RtFunc::ListToTuple, vec![acc]));
    }
    Ok(acc)
}

/// `{k: v, **m}`.
fn lower_dict<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    d: &'a ast::ExprDict,
) -> LowerResult<ValueId> {
    // CPython builds dicts of more than 15 items incrementally too.
    if d.keys.len() <= 15 && d.keys.iter().all(Option::is_some) {
        let mut items = Vec::with_capacity(d.keys.len() * 2);
        for (k, v) in d.keys.iter().zip(&d.values) {
            items.push(lower_expr(m, cx, k.as_ref().expect("checked"))?);
            items.push(lower_expr(m, cx, v)?);
        }
        return Ok(cx.call(RtFunc::BuildDict, items));
    }
    let acc = cx.call(RtFunc::BuildDict, vec![]);
    for (k, v) in d.keys.iter().zip(&d.values) {
        match k {
            Some(k) => {
                let kv = lower_expr(m, cx, k)?;
                let vv = lower_expr(m, cx, v)?;
                cx.call_void(RtFunc::DictSetItem, vec![acc, kv, vv]);
            }
            None => {
                let mv = lower_expr(m, cx, v)?;
                cx.call_void(RtFunc::DictUpdate, vec![acc, mv]);
            }
        }
    }
    Ok(acc)
}

/// An f-string: the concatenation of its parts.
fn lower_joined_str<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    values: &'a [Expr],
    raw: bool,
) -> LowerResult<ValueId> {
    lower_str_parts(m, cx, values, raw, false)
}

/// The parts of an f-string, or (`spec`) of a format spec: rustpython-parser leaves the
/// backslash escapes of a spec's literal parts undecoded, so they are decoded here (unless the
/// f-string is raw).
fn lower_str_parts<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    values: &'a [Expr],
    raw: bool,
    spec: bool,
) -> LowerResult<ValueId> {
    let mut parts = Vec::with_capacity(values.len());
    for v in values {
        parts.push(match v {
            Expr::FormattedValue(f) => lower_formatted(m, cx, f, raw)?,
            Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(s),
                ..
            }) if spec && !raw && s.contains('\\') => match heron_syntax::decode_escapes(s) {
                Some(points) => {
                    let text = m.literal_points(points);
                    cx.constant(m.consts.intern(Constant::Str(text)))
                }
                None => lower_expr(m, cx, v)?,
            },
            other => lower_expr(m, cx, other)?,
        });
    }
    if parts.is_empty() {
        return Ok(cx.str_const(m, ""));
    }
    if parts.len() == 1 && (spec || matches!(values[0], Expr::FormattedValue(_))) {
        return Ok(parts[0]);
    }
    Ok(cx.call(RtFunc::BuildString, parts))
}

/// Whether the f-string literal starting at `offset` has an `r` prefix.
fn is_raw_fstring(m: &ModuleCx<'_>, offset: usize) -> bool {
    let text = m
        .source
        .slice(offset, (offset + 4).min(m.source.text.len()));
    text.chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .any(|c| c == 'r' || c == 'R')
}

/// `{value!r:spec}`.
fn lower_formatted<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    f: &'a ast::ExprFormattedValue,
    raw: bool,
) -> LowerResult<ValueId> {
    let v = lower_expr(m, cx, &f.value)?;
    let conv = cx.int(f.conversion as i8 as i64);
    let spec = match &f.format_spec {
        Some(spec) => match &**spec {
            Expr::JoinedStr(j) => lower_str_parts(m, cx, &j.values, raw, true)?,
            other => lower_expr(m, cx, other)?,
        },
        None => cx.null(),
    };
    Ok(cx.call(RtFunc::FormatValue, vec![v, conv, spec]))
}

/// Whether evaluating `e` cannot run user code or have side effects, so it may be evaluated
/// after a method lookup without changing behaviour.
fn is_simple(e: &Expr) -> bool {
    match e {
        Expr::Constant(_) | Expr::Name(_) => true,
        Expr::Tuple(t) => t.elts.iter().all(is_simple),
        _ => false,
    }
}

/// `super()`: CPython finds the class and the instance in the caller's frame (its `__class__`
/// cell and first argument); a compiled function passes them explicitly. If `super` is bound
/// to something else at run time, that is called with no arguments.
fn lower_zero_arg_super<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    c: &'a ast::ExprCall,
) -> ValueId {
    let callee = crate::names::load_name(m, cx, "super");
    let cell = match cx.access("__class__") {
        NameAccess::Cell { var, .. } | NameAccess::ClassFree { var } => cx.load_var(var),
        _ => cx.null(),
    };
    let first = cx
        .scope
        .params()
        .next()
        .filter(|_| cx.argcount > 0)
        .map(|p| cx.access(&p.name));
    let (first, mode) = match first {
        Some(NameAccess::Local(var)) => (cx.load_var(var), 1),
        Some(NameAccess::Cell { var, .. }) => (cx.load_var(var), 2),
        _ => (cx.null(), 0),
    };
    let mode = cx.int(mode);
    cx.loc = m.loc(range_of(c).0);
    cx.call(RtFunc::SuperZeroArg, vec![callee, cell, first, mode])
}

/// A call expression.
fn lower_call<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    c: &'a ast::ExprCall,
) -> LowerResult<ValueId> {
    let has_star = c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
        || c.keywords.iter().any(|k| k.arg.is_none());

    // `obj.name(args)`: call the method without creating a bound method when the argument
    // evaluation cannot observe the difference in lookup order.
    if let Expr::Attribute(a) = &*c.func
        && !has_star
        && c.args.iter().all(is_simple)
        && c.keywords.iter().all(|k| is_simple(&k.value))
    {
        let obj = lower_expr(m, cx, &a.value)?;
        let mut items = vec![obj];
        for arg in &c.args {
            items.push(lower_call_arg(m, cx, c, arg)?);
        }
        for k in &c.keywords {
            items.push(lower_expr(m, cx, &k.value)?);
        }
        cx.loc = m.attr_loc(&c.func, a.attr.as_str());
        let name = cx.attr_const(m, a.attr.as_str());
        if c.keywords.is_empty() {
            let mut args = vec![name];
            args.extend(items);
            return Ok(cx.call(RtFunc::CallMethod, args));
        }
        let kwnames = kwnames_const(m, c);
        let kw = cx.constant(kwnames);
        let mut args = vec![name, kw];
        args.extend(items);
        return Ok(cx.call(RtFunc::CallMethodKw, args));
    }

    if let Expr::Name(n) = &*c.func
        && n.id.as_str() == "super"
        && c.args.is_empty()
        && c.keywords.is_empty()
    {
        return Ok(lower_zero_arg_super(m, cx, c));
    }

    // Builtins that read the caller's frame in CPython get the namespaces explicitly.
    if let Expr::Name(n) = &*c.func
        && !has_star
        && c.keywords.is_empty()
        && let Some(kind) = IntrospectKind::from_name(n.id.as_str())
        && matches!(
            cx.scope.symbol(n.id.as_str()).map(|s| s.scope),
            None | Some(SymbolScope::GlobalImplicit)
        )
    {
        let callee = lower_expr(m, cx, &c.func)?;
        let mut items = Vec::new();
        for arg in &c.args {
            items.push(lower_expr(m, cx, arg)?);
        }
        cx.loc = m.loc(range_of(c).0);
        // The locals snapshot is built only where the call reads it (CPython makes its
        // locals dict in the same cases); an unneeded one would keep the locals alive.
        let locals = match kind {
            IntrospectKind::Globals => cx.null(),
            IntrospectKind::Locals | IntrospectKind::Vars | IntrospectKind::Dir
                if !items.is_empty() =>
            {
                cx.null()
            }
            IntrospectKind::Eval | IntrospectKind::Exec
                if items.len() >= 2
                    && cx.f.kind != heron_ir::FunctionKind::Module
                    && cx.ns.is_none() =>
            {
                // Only `eval(src, None, ...)` uses the caller's locals: decide at run time.
                let var = cx.temp_var("introspect_locals");
                cx.clear_var(var);
                let none = cx.none(m);
                let is_none = cx.value(Op::Is(items[1], none));
                let (build, join) = (cx.new_block(), cx.new_block());
                cx.branch(is_none, build, join);
                cx.switch_to(build);
                let l = crate::func::build_locals(m, cx);
                cx.store_var(var, l);
                cx.terminate(Terminator::Jump(join));
                cx.switch_to(join);
                cx.take_var(var)
            }
            _ => crate::func::build_locals(m, cx),
        };
        let k = cx.int(kind as i64);
        let g = cx.globals;
        let mut args = vec![k, callee, g, locals];
        args.extend(items);
        return Ok(cx.call(RtFunc::CallIntrospect, args));
    }

    let callee = lower_expr(m, cx, &c.func)?;
    // The call itself: on the attribute's line for `a.b(...)` without `*`/`**` (CPython's
    // method-call form), else where the call starts.
    let call_loc = match &*c.func {
        Expr::Attribute(a) if !has_star => m.attr_loc(&c.func, a.attr.as_str()),
        _ => m.loc(range_of(c).0),
    };
    if has_star {
        // `f(*x)` alone passes `x` itself: CPython then reports a non-iterable as
        // "f() argument after * must be an iterable", while `f(a, *x)` builds a list first.
        let tuple = if let [Expr::Starred(s)] = c.args.as_slice() {
            lower_expr(m, cx, &s.value)?
        } else {
            let list = cx.call(RtFunc::BuildList, vec![]);
            lower_star_args(m, cx, &c.args, list)?;
            cx.call(RtFunc::ListToTuple, vec![list])
        };
        let kwargs = if c.keywords.is_empty() {
            cx.null()
        } else {
            lower_keywords_dict(m, cx, &c.keywords, callee, call_loc)?
        };
        cx.loc = m.loc(range_of(c).0);
        return Ok(cx.call(RtFunc::CallEx, vec![callee, tuple, kwargs]));
    }
    let mut items = Vec::with_capacity(c.args.len() + c.keywords.len());
    for arg in &c.args {
        items.push(lower_call_arg(m, cx, c, arg)?);
    }
    for k in &c.keywords {
        items.push(lower_expr(m, cx, &k.value)?);
    }
    cx.loc = call_loc;
    if c.keywords.is_empty() {
        let mut args = vec![callee];
        args.extend(items);
        return Ok(cx.call(RtFunc::Call, args));
    }
    let kwnames = kwnames_const(m, c);
    let kw = cx.constant(kwnames);
    let mut args = vec![callee, kw];
    args.extend(items);
    Ok(cx.call(RtFunc::CallKw, args))
}

/// A positional argument of a call. CPython's value stack holds a reference to every argument,
/// which `sys.getrefcount(x)` counts; compiled code passes a local variable's value without
/// taking one. So that refcount checks (common in tests) see CPython's numbers, a local
/// variable passed alone to a function named `getrefcount` is passed with its own reference.
/// (Not a parameter of an ordinary function: the caller's reference to the argument stands
/// for the one CPython moves into the frame; a generator owns its arguments, as CPython's.)
fn lower_call_arg<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    c: &'a ast::ExprCall,
    arg: &'a Expr,
) -> LowerResult<ValueId> {
    let v = lower_expr(m, cx, arg)?;
    let callee_name = match &*c.func {
        Expr::Name(n) => n.id.as_str(),
        Expr::Attribute(a) => a.attr.as_str(),
        _ => "",
    };
    if callee_name == "getrefcount"
        && c.args.len() == 1
        && let Expr::Name(n) = arg
        && let name = cx.scope.mangle(n.id.as_str())
        && matches!(cx.access(&name), NameAccess::Local(_))
        && (cx.f.kind == heron_ir::FunctionKind::Generator
            || !cx.scope.symbol(&name).is_some_and(|s| s.is_param))
    {
        return Ok(cx.call(RtFunc::NewRef, vec![v]));
    }
    Ok(v)
}

/// The keyword arguments of a call (or class statement) with `**` as a new dict, merged with
/// CPython's errors for non-mappings and repeated names (`callee` names the function in them).
pub(crate) fn lower_keywords_dict<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    keywords: &'a [ast::Keyword],
    callee: ValueId,
    call_loc: heron_ir::Loc,
) -> LowerResult<ValueId> {
    let d = cx.call(RtFunc::BuildDict, vec![]);
    let mut after_double_star = false;
    for k in keywords {
        let v = lower_expr(m, cx, &k.value)?;
        match &k.arg {
            // Before any `**`, names are distinct (the parser guarantees it); after
            // one, a repeated name must raise "got multiple values", so merge.
            Some(name) if !after_double_star => {
                let key = cx.str_const(m, name.as_str());
                cx.call_void(RtFunc::DictSetItem, vec![d, key, v]);
            }
            Some(name) => {
                let key = cx.str_const(m, name.as_str());
                let one = cx.call(RtFunc::BuildDict, vec![key, v]);
                cx.call_void(RtFunc::DictMerge, vec![d, one, callee]);
            }
            None => {
                after_double_star = true;
                cx.loc = call_loc;
                cx.call_void(RtFunc::DictMerge, vec![d, v, callee]);
            }
        }
    }
    Ok(d)
}

/// The tuple of keyword names of a call without `**`.
fn kwnames_const(m: &mut ModuleCx<'_>, c: &ast::ExprCall) -> ConstId {
    let names = c
        .keywords
        .iter()
        .map(|k| {
            m.consts
                .str(k.arg.as_ref().map(|a| a.as_str()).unwrap_or(""))
        })
        .collect();
    m.consts.intern(Constant::Tuple(names))
}

/// Appends positional call arguments, `*iterable` ones expanded, to `list`.
pub(crate) fn lower_star_args<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    args: &'a [Expr],
    list: ValueId,
) -> LowerResult<()> {
    for arg in args {
        match arg {
            Expr::Starred(s) => {
                let v = lower_expr(m, cx, &s.value)?;
                cx.loc = m.loc(range_of(arg).0);
                cx.call_void(RtFunc::ListExtend, vec![list, v]);
            }
            _ => {
                let v = lower_expr(m, cx, arg)?;
                cx.call_void(RtFunc::ListAppend, vec![list, v]);
            }
        }
    }
    Ok(())
}

/// `await`s an object: gets its awaitable iterator (`context` words errors for `async with`,
/// see [`RtFunc::GetAwaitable`]) and delegates to it; the value is the iterator's return value.
pub(crate) fn await_value(cx: &mut FnCx<'_>, value: ValueId, context: i64) -> ValueId {
    let ctx = cx.int(context);
    let it = cx.call(RtFunc::GetAwaitable, vec![value, ctx]);
    cx.value(Op::Suspend {
        kind: SuspendKind::Delegate,
        value: it,
        live: Vec::new(),
        owned: 0,
    })
}
