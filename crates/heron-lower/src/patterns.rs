//! The `match` statement, compiled as CPython 3.11 compiles it.
//!
//! The subject is evaluated once; each case tests its pattern and, on success, binds the
//! captured names, tests the guard and runs the body. A last `case _:` (with more than one
//! case) runs without a test. Observable order follows CPython's bytecode:
//!
//! - Captures are collected in hidden variables and bound only once the whole pattern has
//!   matched (a pattern that fails half-way binds nothing); they stay bound if the guard then
//!   fails.
//! - Sequence patterns check the type flag (`Py_TPFLAGS_SEQUENCE`, so `str`/`bytes` are not
//!   sequences) and the length, then either unpack the subject by iterating (as
//!   `UNPACK_SEQUENCE`/`UNPACK_EX`), or, when the star is the wildcard `*_`, index it item by
//!   item (`subject[i]`, `subject[len(subject) - k]`).
//! - Mapping patterns check `Py_TPFLAGS_MAPPING` and the length, look all keys up with the
//!   subject's `get` method at once, match the values' sub-patterns, then build `**rest`.
//! - Class patterns call `isinstance` and read the attributes (`__match_args__` for positional
//!   sub-patterns, self-matching builtins like `int(x)`) in one runtime step, then match the
//!   sub-patterns.

use crate::cx::FnCx;
use crate::expr::lower_expr;
use crate::names::{range_of, store_name};
use crate::stmt::lower_block;
use crate::{LowerResult, ModuleCx};
use heron_ir::{BlockId, CmpOp, Constant, Op, RtFunc, ValueId, VarId};
use heron_syntax::ast::{self, Pattern};

/// The names a pattern captures, each held in a hidden variable until the pattern has matched.
#[derive(Default)]
struct Captures {
    vars: Vec<(String, VarId)>,
}

impl Captures {
    /// Stores `value` as the capture of `name`.
    fn capture(&mut self, cx: &mut FnCx<'_>, name: &str, value: ValueId) {
        let var = match self.vars.iter().find(|(n, _)| n == name) {
            Some(&(_, var)) => var,
            None => {
                let var = cx.temp_var("capture");
                self.vars.push((name.to_string(), var));
                var
            }
        };
        cx.store_var(var, value);
    }

    /// Unbinds the captures from index `from` on (after a failed alternative or case).
    fn clear_from(&self, cx: &mut FnCx<'_>, from: usize) {
        for &(_, var) in &self.vars[from..] {
            cx.clear_var(var);
        }
    }
}

/// `_` (a wildcard: matches anything, binds nothing).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// `*_` in a sequence pattern.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// `match subject: case ...`.
pub(crate) fn lower_match<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    s: &'a ast::StmtMatch,
) -> LowerResult<()> {
    let mut subject = lower_expr(m, cx, &s.subject)?;
    // rustpython-parser drops the tuple of a one-element subject with a trailing comma
    // (`match a,:`); the source still shows the comma.
    let after = range_of(&*s.subject).1;
    let rest = m.source.slice(after, range_of(s).1);
    if !matches!(&*s.subject, ast::Expr::Tuple(_)) && rest.trim_start().starts_with(',') {
        subject = cx.call(RtFunc::BuildTuple, vec![subject]);
    }
    let end = cx.new_block();
    let n = s.cases.len();
    for (i, case) in s.cases.iter().enumerate() {
        let last = i + 1 == n;
        let next = if last { end } else { cx.new_block() };
        let is_default = last && n > 1 && is_wildcard(&case.pattern);
        if !is_default {
            let mut caps = Captures::default();
            let fail = cx.new_block();
            lower_pattern(m, cx, &case.pattern, subject, fail, &mut caps)?;
            cx.loc = m.loc(range_of(&case.pattern).0);
            for (name, var) in caps.vars.clone() {
                let v = cx.take_var(var);
                store_name(m, cx, &name, v);
            }
            let matched = cx.new_block();
            cx.jump_and_switch(matched, fail);
            caps.clear_from(cx, 0);
            cx.jump_and_switch(next, matched);
        }
        if let Some(guard) = &case.guard {
            let body = cx.new_block();
            crate::expr::lower_cond(m, cx, guard, body, next)?;
            cx.switch_to(body);
        }
        lower_block(m, cx, &case.body)?;
        cx.jump_and_switch(end, next);
    }
    Ok(())
}

/// Continues in a new block if `cond` (a `Bool`) holds, else goes to `fail`.
fn require(cx: &mut FnCx<'_>, cond: ValueId, fail: BlockId) {
    let ok = cx.new_block();
    cx.branch(cond, ok, fail);
    cx.switch_to(ok);
}

/// Tests `p` against `subject`; falls through on a match, jumps to `fail` otherwise.
fn lower_pattern<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    p: &'a Pattern,
    subject: ValueId,
    fail: BlockId,
    caps: &mut Captures,
) -> LowerResult<()> {
    cx.loc = m.loc(range_of(p).0);
    match p {
        Pattern::MatchValue(v) => {
            let value = lower_expr(m, cx, &v.value)?;
            cx.loc = m.loc(range_of(p).0);
            let eq = cx.call(RtFunc::CompareBool(CmpOp::Eq), vec![subject, value]);
            require(cx, eq, fail);
        }
        Pattern::MatchSingleton(s) => {
            let k = match &s.value {
                ast::Constant::Bool(b) => Constant::Bool(*b),
                _ => Constant::None,
            };
            let k = m.consts.intern(k);
            let value = cx.constant(k);
            let same = cx.value(Op::Is(subject, value));
            require(cx, same, fail);
        }
        Pattern::MatchSequence(s) => lower_sequence(m, cx, &s.patterns, subject, fail, caps)?,
        Pattern::MatchMapping(mp) => lower_mapping(m, cx, mp, subject, fail, caps)?,
        Pattern::MatchClass(c) => lower_class(m, cx, c, subject, fail, caps)?,
        Pattern::MatchStar(s) => {
            // Only reached for the star of an unpacked sequence: the list of the rest.
            if let Some(name) = &s.name {
                caps.capture(cx, name.as_str(), subject);
            }
        }
        Pattern::MatchAs(a) => {
            if let Some(inner) = &a.pattern {
                lower_pattern(m, cx, inner, subject, fail, caps)?;
            }
            if let Some(name) = &a.name {
                caps.capture(cx, name.as_str(), subject);
            }
        }
        Pattern::MatchOr(o) => {
            let matched = cx.new_block();
            let start = caps.vars.len();
            let count = o.patterns.len();
            for (i, alt) in o.patterns.iter().enumerate() {
                let alt_fail = if i + 1 == count { fail } else { cx.new_block() };
                lower_pattern(m, cx, alt, subject, alt_fail, caps)?;
                cx.terminate(heron_ir::Terminator::Jump(matched));
                if alt_fail != fail {
                    cx.switch_to(alt_fail);
                    caps.clear_from(cx, start);
                }
            }
            cx.switch_to(matched);
        }
    }
    Ok(())
}

/// `[p, q, *rest, r]` (see the module docs for the steps).
fn lower_sequence<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    patterns: &'a [Pattern],
    subject: ValueId,
    fail: BlockId,
    caps: &mut Captures,
) -> LowerResult<()> {
    let size = patterns.len();
    let star = patterns
        .iter()
        .position(|p| matches!(p, Pattern::MatchStar(_)));
    let is_seq = cx.call(RtFunc::MatchSequence, vec![subject]);
    require(cx, is_seq, fail);
    let length_check = match star {
        None => Some((size, 0)),
        Some(_) if size > 1 => Some((size - 1, 1)),
        Some(_) => None,
    };
    if let Some((n, at_least)) = length_check {
        let n = cx.int(n as i64);
        let at_least = cx.int(at_least);
        let ok = cx.call(RtFunc::MatchLength, vec![subject, n, at_least]);
        require(cx, ok, fail);
    }
    let only_wildcards = patterns
        .iter()
        .all(|p| is_wildcard(p) || is_star_wildcard(p));
    if only_wildcards {
        return Ok(());
    }
    match star {
        Some(star) if is_star_wildcard(&patterns[star]) => {
            // Index item by item, skipping wildcards.
            for (i, p) in patterns.iter().enumerate() {
                if i == star || is_wildcard(p) {
                    continue;
                }
                let item = if i < star {
                    let k = m.consts.int(i as i64);
                    let k = cx.constant(k);
                    cx.call(RtFunc::GetItem, vec![subject, k])
                } else {
                    let from_end = cx.int((size - i) as i64);
                    cx.call(RtFunc::MatchItemFromEnd, vec![subject, from_end])
                };
                lower_pattern(m, cx, p, item, fail, caps)?;
            }
        }
        _ => {
            let tuple = match star {
                None => {
                    let n = cx.int(size as i64);
                    cx.call(RtFunc::UnpackSequence, vec![subject, n])
                }
                Some(star) => {
                    let before = cx.int(star as i64);
                    let after = cx.int((size - star - 1) as i64);
                    cx.call(RtFunc::UnpackEx, vec![subject, before, after])
                }
            };
            let items: Vec<ValueId> = (0..size)
                .map(|i| {
                    let idx = cx.int(i as i64);
                    cx.call(RtFunc::TupleGetItem, vec![tuple, idx])
                })
                .collect();
            for (p, item) in patterns.iter().zip(items) {
                if !is_wildcard(p) {
                    lower_pattern(m, cx, p, item, fail, caps)?;
                }
            }
        }
    }
    Ok(())
}

/// `{key: p, ..., **rest}`.
fn lower_mapping<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    mp: &'a ast::PatternMatchMapping,
    subject: ValueId,
    fail: BlockId,
    caps: &mut Captures,
) -> LowerResult<()> {
    let is_mapping = cx.call(RtFunc::MatchMapping, vec![subject]);
    require(cx, is_mapping, fail);
    let nkeys = mp.keys.len();
    if nkeys == 0 && mp.rest.is_none() {
        return Ok(());
    }
    if nkeys > 0 {
        let n = cx.int(nkeys as i64);
        let at_least = cx.int(1);
        let ok = cx.call(RtFunc::MatchLength, vec![subject, n, at_least]);
        require(cx, ok, fail);
    }
    let mut keys = Vec::new();
    for k in &mp.keys {
        keys.push(lower_expr(m, cx, k)?);
    }
    cx.loc = m.loc(range_of(mp).0);
    let keys = cx.call(RtFunc::BuildTuple, keys);
    let values = cx.call(RtFunc::MatchKeys, vec![subject, keys]);
    let missing = cx.value(Op::IsNull(values));
    let found = cx.new_block();
    cx.branch(missing, fail, found);
    cx.switch_to(found);
    let items: Vec<ValueId> = (0..nkeys)
        .map(|i| {
            let idx = cx.int(i as i64);
            cx.call(RtFunc::TupleGetItem, vec![values, idx])
        })
        .collect();
    for (p, item) in mp.patterns.iter().zip(items) {
        if !is_wildcard(p) {
            lower_pattern(m, cx, p, item, fail, caps)?;
        }
    }
    if let Some(name) = &mp.rest {
        cx.loc = m.loc(range_of(mp).0);
        let rest = cx.call(RtFunc::MatchRest, vec![subject, keys]);
        caps.capture(cx, name.as_str(), rest);
    }
    Ok(())
}

/// `Cls(p, q, attr=r)`.
fn lower_class<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    c: &'a ast::PatternMatchClass,
    subject: ValueId,
    fail: BlockId,
    caps: &mut Captures,
) -> LowerResult<()> {
    let cls = lower_expr(m, cx, &c.cls)?;
    cx.loc = m.loc(range_of(c).0);
    let names = c
        .kwd_attrs
        .iter()
        .map(|a| m.consts.str(a.as_str()))
        .collect();
    let names = m.consts.intern(Constant::Tuple(names));
    let names = cx.constant(names);
    let nargs = cx.int(c.patterns.len() as i64);
    let attrs = cx.call(RtFunc::MatchClass, vec![subject, cls, nargs, names]);
    let missing = cx.value(Op::IsNull(attrs));
    let found = cx.new_block();
    cx.branch(missing, fail, found);
    cx.switch_to(found);
    let subpatterns: Vec<&Pattern> = c.patterns.iter().chain(&c.kwd_patterns).collect();
    let items: Vec<ValueId> = (0..subpatterns.len())
        .map(|i| {
            let idx = cx.int(i as i64);
            cx.call(RtFunc::TupleGetItem, vec![attrs, idx])
        })
        .collect();
    for (p, item) in subpatterns.into_iter().zip(items) {
        if !is_wildcard(p) {
            lower_pattern(m, cx, p, item, fail, caps)?;
        }
    }
    Ok(())
}
