//! Function-like scopes: the module body, `def`, `lambda` and comprehensions.
//!
//! A nested function is lowered to its own IR function first; the enclosing code then
//! evaluates defaults, keyword defaults, annotations and the closure (in CPython's order) and
//! creates the function object with `MakeFunction`, whose `spec` constant carries what
//! `__code__` needs (see `heron_ir::abi`).
//!
//! A comprehension `[elt for x in it if c]` is, as in CPython 3.11, a nested function called
//! with `iter(it)` (evaluated in the enclosing scope):
//! ```python
//! def <listcomp>(.0):
//!     acc = []
//!     for x in .0:
//!         if c:
//!             acc.append(elt)
//!     return acc
//! ```

use crate::cx::{FnCx, NameAccess};
use crate::expr::{lower_cond, lower_expr};
use crate::names::{assign, load_name, range_of, store_name};
use crate::stmt::{annotation_value, lower_block, setup_annotations_if_needed};
use crate::{LowerResult, ModuleCx};
use heron_ir::{
    Constant, FuncId, FunctionKind, Op, RtFunc, SuspendKind, Terminator, ValueId, VarKind, abi,
};
use heron_syntax::ast::{self, Expr, Stmt};
use heron_syntax::{Diagnostic, DiagnosticKind, ScopeId, ScopeKind, SymbolScope};

/// What a function body is made of.
enum FnBody<'a> {
    /// A `def` body.
    Stmts(&'a [Stmt]),
    /// A `lambda` body.
    Expr(&'a Expr),
    /// A comprehension.
    Comprehension(&'a Expr),
    /// A class body.
    Class(&'a ast::StmtClassDef),
}

/// The docstring of a body, if its first statement is a string literal.
fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// Closes a function: a fall-through returns `None`, blocks left open become unreachable.
fn finish(m: &mut ModuleCx<'_>, mut cx: FnCx<'_>) -> FuncId {
    if !cx.is_terminated() {
        let none = cx.none(m);
        cx.terminate(Terminator::Return(none));
    }
    for b in cx.f.blocks.values_mut() {
        if b.term == Terminator::None {
            b.term = Terminator::Unreachable;
        }
    }
    m.functions.push(cx.f)
}

/// Lowers the module body.
pub(crate) fn lower_module_body<'a>(m: &mut ModuleCx<'a>, body: &'a [Stmt]) -> LowerResult<FuncId> {
    let mut cx = FnCx::new(m, m.scopes.module(), FunctionKind::Module);
    cx.bind_names();
    let mut stmts = body;
    if let Some(doc) = docstring(body) {
        cx.loc = m.loc(range_of(&body[0]).0);
        let doc = m.literal_str(doc);
        let v = cx.constant(m.consts.intern(Constant::Str(doc)));
        store_name(m, &mut cx, "__doc__", v);
        stmts = &body[1..];
    }
    setup_annotations_if_needed(&mut cx, body);
    lower_block(m, &mut cx, stmts)?;
    Ok(finish(m, cx))
}

fn find_scope(m: &ModuleCx<'_>, kind: ScopeKind, range: (usize, usize)) -> LowerResult<ScopeId> {
    m.scopes.find(kind, range).ok_or_else(|| {
        Diagnostic::at(
            DiagnosticKind::Unsupported,
            "internal error: no scope recorded for this node",
            m.source,
            range.0,
            range.1,
        )
    })
}

/// Parameter names in slot order: positional-only, positional, keyword-only, `*args`,
/// `**kwargs` (CPython's `co_varnames` order).
fn param_names(args: &ast::Arguments) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    out.extend(args.posonlyargs.iter().map(|a| a.def.arg.as_str()));
    out.extend(args.args.iter().map(|a| a.def.arg.as_str()));
    out.extend(args.kwonlyargs.iter().map(|a| a.def.arg.as_str()));
    if let Some(v) = &args.vararg {
        out.push(v.arg.as_str());
    }
    if let Some(k) = &args.kwarg {
        out.push(k.arg.as_str());
    }
    out
}

/// The parts of a `def` or `async def` statement lowering needs.
pub(crate) struct FunctionDefParts<'a> {
    /// The function name.
    pub(crate) name: &'a str,
    /// The parameters.
    pub(crate) args: &'a ast::Arguments,
    /// The return annotation.
    pub(crate) returns: Option<&'a Expr>,
    /// The body.
    pub(crate) body: &'a [Stmt],
    /// The decorators.
    pub(crate) decorators: &'a [Expr],
    /// The statement's byte range (which identifies its scope).
    pub(crate) range: (usize, usize),
}

/// `def name(...): ...` (or `async def`) with decorators.
pub(crate) fn lower_function_def<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    f: FunctionDefParts<'a>,
) -> LowerResult<()> {
    let scope_id = find_scope(m, ScopeKind::Function, f.range)?;
    let def_loc = cx.loc;
    let (decorators, first_line) = lower_decorators(m, cx, f.decorators)?;
    let mut v = make_function(
        m,
        cx,
        scope_id,
        Some(f.args),
        f.returns,
        FnBody::Stmts(f.body),
        first_line,
    )?;
    v = apply_decorators(cx, decorators, v);
    cx.loc = def_loc;
    store_name(m, cx, f.name, v);
    Ok(())
}

/// Evaluates the decorators of a `def` or `class` (before anything else, as CPython does) and
/// returns them with their positions, and the first line of the definition (`co_firstlineno`:
/// the first decorator's line if there are decorators). Leaves `cx.loc` at the definition.
fn lower_decorators<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    decorator_list: &'a [Expr],
) -> LowerResult<(Vec<(ValueId, heron_ir::Loc)>, u32)> {
    let def_loc = cx.loc;
    let mut decorators = Vec::new();
    for d in decorator_list {
        decorators.push((lower_expr(m, cx, d)?, m.loc(range_of(d).0)));
    }
    let first_line = decorators
        .first()
        .map_or(def_loc.line, |(_, loc)| loc.line)
        .min(def_loc.line);
    cx.loc = def_loc;
    Ok((decorators, first_line))
}

/// Applies decorators to the defined object, innermost first, each on its own line (as in
/// CPython).
fn apply_decorators(
    cx: &mut FnCx<'_>,
    decorators: Vec<(ValueId, heron_ir::Loc)>,
    mut v: ValueId,
) -> ValueId {
    for (d, loc) in decorators.into_iter().rev() {
        cx.loc = loc;
        v = cx.call(RtFunc::Call, vec![d, v]);
    }
    v
}

/// `class Name(bases, **keywords): body` with decorators, as CPython 3.11 compiles it:
/// decorators first, then the class body function (with its closure), the name, the bases
/// and the keywords, all passed to `__build_class__` (heron's runtime version of it, which
/// calls the compiled body with the namespace); then the decorators are applied.
pub(crate) fn lower_class_def<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    c: &'a ast::StmtClassDef,
) -> LowerResult<()> {
    let range = range_of(c);
    let scope_id = find_scope(m, ScopeKind::Class, range)?;
    let class_loc = cx.loc;
    let (decorators, first_line) = lower_decorators(m, cx, &c.decorator_list)?;
    let body = make_function(m, cx, scope_id, None, None, FnBody::Class(c), first_line)?;
    cx.loc = class_loc;
    let name = cx.str_const(m, c.name.as_str());
    let bases = if c.bases.iter().any(|b| matches!(b, Expr::Starred(_))) {
        let list = cx.call(RtFunc::BuildList, vec![]);
        crate::expr::lower_star_args(m, cx, &c.bases, list)?;
        cx.call(RtFunc::ListToTuple, vec![list])
    } else {
        let mut vals = Vec::new();
        for b in &c.bases {
            vals.push(lower_expr(m, cx, b)?);
        }
        cx.call(RtFunc::BuildTuple, vals)
    };
    let keywords = if c.keywords.is_empty() {
        cx.null()
    } else {
        // Errors in merging `**` name `__build_class__()`, as in CPython (a `str` callee is
        // used as the description verbatim).
        let callee = cx.str_const(m, "__build_class__()");
        crate::expr::lower_keywords_dict(m, cx, &c.keywords, callee, class_loc)?
    };
    cx.loc = class_loc;
    let v = cx.call(RtFunc::BuildClass, vec![body, name, bases, keywords]);
    let v = apply_decorators(cx, decorators, v);
    cx.loc = class_loc;
    store_name(m, cx, c.name.as_str(), v);
    Ok(())
}

/// The statements of a class body function: CPython's prologue (`__module__`,
/// `__qualname__`, `__doc__`, `__annotations__`), the body, and the epilogue that hands the
/// `__class__` cell to `type.__new__` through `__classcell__` and returns it to
/// `__build_class__` (which checks that the class set it).
fn class_body<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    c: &'a ast::StmtClassDef,
) -> LowerResult<()> {
    let module = load_name(m, cx, "__name__");
    store_name(m, cx, "__module__", module);
    let qualname = cx.str_const(m, &cx.scope.qualname.clone());
    store_name(m, cx, "__qualname__", qualname);
    let mut stmts: &[Stmt] = &c.body;
    if let Some(doc) = docstring(&c.body) {
        cx.loc = m.loc(range_of(&c.body[0]).0);
        let doc = m.literal_str(doc);
        let v = cx.constant(m.consts.intern(Constant::Str(doc)));
        store_name(m, cx, "__doc__", v);
        stmts = &c.body[1..];
    }
    setup_annotations_if_needed(cx, &c.body);
    lower_block(m, cx, stmts)?;
    if cx.is_terminated() {
        return Ok(());
    }
    match cx.class_cells.get("__class__") {
        Some(&var) if cx.scope.cellvars.iter().any(|n| n == "__class__") => {
            let cell = cx.load_var(var);
            store_name(m, cx, "__classcell__", cell);
            cx.terminate(Terminator::Return(cell));
        }
        _ => {
            let none = cx.none(m);
            cx.terminate(Terminator::Return(none));
        }
    }
    cx.start_dead_block();
    Ok(())
}

/// `lambda args: body`.
pub(crate) fn lower_lambda<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    l: &'a ast::ExprLambda,
) -> LowerResult<ValueId> {
    let scope_id = find_scope(m, ScopeKind::Lambda, range_of(l))?;
    let line = cx.loc.line;
    make_function(
        m,
        cx,
        scope_id,
        Some(&l.args),
        None,
        FnBody::Expr(&l.body),
        line,
    )
}

/// A list, set or dict comprehension, or a generator expression.
pub(crate) fn lower_comprehension<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    e: &'a Expr,
) -> LowerResult<ValueId> {
    let (kind, generators) = match e {
        Expr::ListComp(c) => (ScopeKind::ListComp, &c.generators),
        Expr::SetComp(c) => (ScopeKind::SetComp, &c.generators),
        Expr::DictComp(c) => (ScopeKind::DictComp, &c.generators),
        Expr::GeneratorExp(c) => (ScopeKind::GenExp, &c.generators),
        _ => unreachable!("lower_comprehension on a non-comprehension"),
    };
    let scope_id = find_scope(m, kind, range_of(e))?;
    let loc = cx.loc;
    let first = lower_expr(m, cx, &generators[0].iter)?;
    cx.loc = loc;
    let get_iter = if generators[0].is_async {
        RtFunc::GetAIter
    } else {
        RtFunc::GetIter
    };
    let it = cx.call(get_iter, vec![first]);
    let func = make_function(
        m,
        cx,
        scope_id,
        None,
        None,
        FnBody::Comprehension(e),
        loc.line,
    )?;
    cx.loc = loc;
    let result = cx.call(RtFunc::Call, vec![func, it]);
    // An asynchronous list, set or dict comprehension is a coroutine, awaited here.
    let scope = m.scopes.get(scope_id);
    if scope.is_coroutine && kind != ScopeKind::GenExp {
        return Ok(crate::expr::await_value(cx, result, 0));
    }
    Ok(result)
}

/// Evaluates defaults, annotations and the closure in the enclosing function `cx`, lowers the
/// body, and creates the function object.
fn make_function<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    scope_id: ScopeId,
    args: Option<&'a ast::Arguments>,
    returns: Option<&'a Expr>,
    body: FnBody<'a>,
    first_line: u32,
) -> LowerResult<ValueId> {
    let loc = cx.loc;
    // Parameter names in `__kwdefaults__` and `__annotations__` are mangled like the
    // parameters themselves.
    let mangle = |name: &str| m.scopes.get(scope_id).mangle(name);
    // Defaults, then keyword-only defaults, then annotations (CPython's order).
    let mut defaults = cx.null();
    let mut kwdefaults = cx.null();
    let mut annotations = cx.null();
    if let Some(a) = args {
        let pos: Vec<&Expr> = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !pos.is_empty() {
            let mut vals = Vec::new();
            for d in pos {
                vals.push(lower_expr(m, cx, d)?);
            }
            cx.loc = loc;
            defaults = cx.call(RtFunc::BuildTuple, vals);
        }
        if a.kwonlyargs.iter().any(|p| p.default.is_some()) {
            let mut items = Vec::new();
            for p in &a.kwonlyargs {
                if let Some(d) = &p.default {
                    let key = mangle(p.def.arg.as_str());
                    items.push(cx.str_const(m, &key));
                    items.push(lower_expr(m, cx, d)?);
                }
            }
            cx.loc = loc;
            kwdefaults = cx.call(RtFunc::BuildDict, items);
        }
        // Annotation order matches CPython 3.11: args, posonly args, *args, kw-only, **kwargs,
        // return.
        let mut ann: Vec<(&str, &Expr)> = Vec::new();
        for p in a.args.iter().chain(&a.posonlyargs) {
            if let Some(x) = &p.def.annotation {
                ann.push((p.def.arg.as_str(), x));
            }
        }
        if let Some(v) = &a.vararg
            && let Some(x) = &v.annotation
        {
            ann.push((v.arg.as_str(), x));
        }
        for p in &a.kwonlyargs {
            if let Some(x) = &p.def.annotation {
                ann.push((p.def.arg.as_str(), x));
            }
        }
        if let Some(k) = &a.kwarg
            && let Some(x) = &k.annotation
        {
            ann.push((k.arg.as_str(), x));
        }
        if let Some(r) = returns {
            ann.push(("return", r));
        }
        if !ann.is_empty() {
            let mut items = Vec::new();
            for (name, x) in ann {
                let key = mangle(name);
                items.push(cx.str_const(m, &key));
                items.push(annotation_value(m, cx, x)?);
            }
            cx.loc = loc;
            annotations = cx.call(RtFunc::BuildDict, items);
        }
    }
    // The closure: this function's cells for the child's free variables.
    let freevars = m.scopes.get(scope_id).freevars.clone();
    let closure = if freevars.is_empty() {
        cx.null()
    } else {
        let mut cells = Vec::new();
        for name in &freevars {
            match cx.cell_for_closure(name) {
                Some(var) => cells.push(cx.load_var(var)),
                None => {
                    return Err(Diagnostic::at(
                        DiagnosticKind::Unsupported,
                        format!(
                            "internal error: free variable '{name}' has no cell in the enclosing scope"
                        ),
                        m.source,
                        0,
                        0,
                    ));
                }
            }
        }
        cx.call(RtFunc::BuildTuple, cells)
    };
    let func = lower_function_body(m, scope_id, args, body, first_line)?;
    let spec = m.functions[func].spec.expect("function spec");
    cx.loc = loc;
    let spec_v = cx.constant(spec);
    let g = cx.globals;
    Ok(cx.value(Op::MakeFunction {
        func,
        args: vec![spec_v, g, defaults, kwdefaults, annotations, closure],
    }))
}

/// Lowers a function body into its own IR function.
fn lower_function_body<'a>(
    m: &mut ModuleCx<'a>,
    scope_id: ScopeId,
    args: Option<&'a ast::Arguments>,
    body: FnBody<'a>,
    first_line: u32,
) -> LowerResult<FuncId> {
    let scope = m.scopes.get(scope_id);
    // `async def` with `yield` and asynchronous generator expressions are async generators;
    // other `async def` bodies and asynchronous list, set and dict comprehensions are
    // coroutines (a comprehension's caller awaits it).
    let flavor = match (scope.is_coroutine, scope.is_generator) {
        (true, true) => abi::CO_ASYNC_GENERATOR,
        (true, false) => abi::CO_COROUTINE,
        (false, true) => abi::CO_GENERATOR,
        (false, false) => 0,
    };
    let kind = if flavor != 0 {
        FunctionKind::Generator
    } else {
        FunctionKind::Function
    };
    let mut cx = FnCx::new(m, scope_id, kind);
    cx.f.first_line = first_line;
    cx.loc = heron_ir::Loc {
        line: first_line,
        col: 0,
    };
    cx.bind_names();
    // Parameter slots (mangled names) and `co_argcount`.
    let (params, argcount): (Vec<String>, usize) = match (args, &body) {
        (Some(a), _) => (
            param_names(a)
                .into_iter()
                .map(|p| cx.scope.mangle(p))
                .collect(),
            a.posonlyargs.len() + a.args.len(),
        ),
        // A class body is called with its namespace (see `class_body`); CPython's class body
        // code takes no arguments.
        (None, FnBody::Class(_)) => (vec![".namespace".to_string()], 0),
        (None, _) => (vec![".0".to_string()], 1),
    };
    cx.f.num_params = params.len() as u32;
    cx.argcount = argcount as u32;

    // Entry: move arguments into their variables or cells; create the other cells; fetch the
    // closure's cells.
    // All arguments are read first: a generator body takes over its arguments (`TakeArg`),
    // and must own every one of them before anything below can fail.
    let arg_values: Vec<ValueId> = (0..params.len())
        .map(|i| {
            if cx.f.kind == FunctionKind::Generator {
                cx.value(Op::TakeArg(i as u32))
            } else {
                cx.value(Op::Arg(i as u32))
            }
        })
        .collect();
    for (p, a) in params.iter().zip(arg_values) {
        match cx.access(p) {
            NameAccess::Local(var) => cx.store_var(var, a),
            NameAccess::Cell { var, .. } => {
                let c = cx.call(RtFunc::NewCell, vec![a]);
                cx.store_var(var, c);
            }
            _ if matches!(body, FnBody::Class(_)) => cx.ns = Some(a),
            _ => {}
        }
    }
    let scope = cx.scope;
    for name in &scope.cellvars {
        // A class body's only cell is `__class__` (methods' zero-argument `super()`).
        if let Some(&var) = cx.class_cells.get(name) {
            let null = cx.null();
            let c = cx.call(RtFunc::NewCell, vec![null]);
            cx.store_var(var, c);
        }
    }
    for sym in &scope.symbols {
        if sym.scope == SymbolScope::Cell && !params.iter().any(|p| p == &sym.name) {
            let NameAccess::Cell { var, .. } = cx.access(&sym.name) else {
                continue;
            };
            let null = cx.null();
            let c = cx.call(RtFunc::NewCell, vec![null]);
            cx.store_var(var, c);
        }
    }
    for (i, name) in scope.freevars.iter().enumerate() {
        if let Some(var) = cx.free_var(name) {
            let c = cx.value(Op::ClosureCell(i as u32));
            cx.store_var(var, c);
        }
    }

    let mut doc = None;
    match body {
        FnBody::Stmts(stmts) => {
            let mut rest = stmts;
            if let Some(d) = docstring(stmts) {
                doc = Some(d.to_string());
                rest = &stmts[1..];
            }
            lower_block(m, &mut cx, rest)?;
        }
        FnBody::Expr(e) => {
            let v = lower_expr(m, &mut cx, e)?;
            cx.terminate(Terminator::Return(v));
            cx.start_dead_block();
        }
        FnBody::Comprehension(e @ Expr::GeneratorExp(g)) => {
            comprehension_loop(m, &mut cx, e, &g.generators, 0, None)?;
        }
        FnBody::Comprehension(e) => lower_comprehension_body(m, &mut cx, e)?,
        FnBody::Class(c) => class_body(m, &mut cx, c)?,
    }

    // The spec tuple (see heron_ir::abi).
    let mut flags = 0;
    let (argcount, posonly, kwonly) = match args {
        Some(a) => {
            if a.vararg.is_some() {
                flags |= abi::CO_VARARGS;
            }
            if a.kwarg.is_some() {
                flags |= abi::CO_VARKEYWORDS;
            }
            (
                a.posonlyargs.len() + a.args.len(),
                a.posonlyargs.len(),
                a.kwonlyargs.len(),
            )
        }
        None => (1, 0, 0),
    };
    flags |= flavor;
    let mut varnames: Vec<String> = params.clone();
    for name in &cx.local_order {
        if !varnames.contains(name) {
            varnames.push(name.clone());
        }
    }
    let str_tuple = |m: &mut ModuleCx<'_>, names: &[String]| {
        let ids = names.iter().map(|n| m.consts.str(n)).collect();
        m.consts.intern(Constant::Tuple(ids))
    };
    let items = vec![
        m.consts.str(&scope.name),
        m.consts.str(&scope.qualname),
        m.consts.str(&m.filename.clone()),
        m.consts.int(i64::from(first_line)),
        m.consts.int(argcount as i64),
        m.consts.int(posonly as i64),
        m.consts.int(kwonly as i64),
        m.consts.int(flags),
        str_tuple(m, &varnames),
        str_tuple(m, &scope.freevars),
        str_tuple(m, &scope.cellvars),
        match &doc {
            Some(d) => {
                let d = m.literal_str(d);
                m.consts.intern(Constant::Str(d))
            }
            None => m.consts.intern(Constant::None),
        },
        m.consts.int(i64::from(cx.f.max_line())),
        str_tuple(m, &cx.names_used),
    ];
    cx.f.spec = Some(m.consts.intern(Constant::Tuple(items)));
    Ok(finish(m, cx))
}

/// The body of a comprehension function (see the module docs).
fn lower_comprehension_body<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    e: &'a Expr,
) -> LowerResult<()> {
    let (generators, build) = match e {
        Expr::ListComp(c) => (&c.generators, RtFunc::BuildList),
        Expr::SetComp(c) => (&c.generators, RtFunc::BuildSet),
        Expr::DictComp(c) => (&c.generators, RtFunc::BuildDict),
        _ => unreachable!("comprehension body of a non-comprehension"),
    };
    let acc_var = cx.temp_var("acc");
    let acc = cx.call(build, vec![]);
    cx.store_var(acc_var, acc);
    comprehension_loop(m, cx, e, generators, 0, Some(acc_var))?;
    let acc = cx.take_var(acc_var);
    cx.terminate(Terminator::Return(acc));
    cx.start_dead_block();
    Ok(())
}

fn comprehension_loop<'a>(
    m: &mut ModuleCx<'a>,
    cx: &mut FnCx<'a>,
    e: &'a Expr,
    generators: &'a [ast::Comprehension],
    i: usize,
    acc_var: Option<heron_ir::VarId>,
) -> LowerResult<()> {
    let g = &generators[i];
    let loc = m.loc(range_of(e).0);
    cx.loc = loc;
    let it = if i == 0 {
        load_name(m, cx, ".0")
    } else {
        let v = lower_expr(m, cx, &g.iter)?;
        let get_iter = if g.is_async {
            RtFunc::GetAIter
        } else {
            RtFunc::GetIter
        };
        cx.call(get_iter, vec![v])
    };
    let it_var = cx.temp_var("iter");
    cx.store_var(it_var, it);
    let (head, body, exhausted) = (cx.new_block(), cx.new_block(), cx.new_block());
    cx.jump_and_switch(head, head);
    cx.loc = loc;
    cx.call(RtFunc::Periodic, vec![]);
    let item = if g.is_async {
        crate::control::async_next(cx, it_var, body, exhausted)
    } else {
        let itv = cx.load_var(it_var);
        let item = cx.call(RtFunc::IterNext, vec![itv]);
        let done = cx.value(Op::IsNull(item));
        cx.branch(done, exhausted, body);
        item
    };
    cx.switch_to(body);
    assign(m, cx, &g.target, item)?;
    for cond in &g.ifs {
        let next = cx.new_block();
        lower_cond(m, cx, cond, next, head)?;
        cx.switch_to(next);
    }
    if i + 1 < generators.len() {
        comprehension_loop(m, cx, e, generators, i + 1, acc_var)?;
    } else {
        let acc = |cx: &mut FnCx<'a>| cx.load_var(acc_var.expect("comprehension accumulator"));
        match e {
            Expr::ListComp(c) => {
                let v = lower_expr(m, cx, &c.elt)?;
                let acc = acc(cx);
                cx.call_void(RtFunc::ListAppend, vec![acc, v]);
            }
            Expr::SetComp(c) => {
                let v = lower_expr(m, cx, &c.elt)?;
                let acc = acc(cx);
                cx.call_void(RtFunc::SetAdd, vec![acc, v]);
            }
            Expr::DictComp(c) => {
                let k = lower_expr(m, cx, &c.key)?;
                let v = lower_expr(m, cx, &c.value)?;
                let acc = acc(cx);
                cx.call_void(RtFunc::DictSetItem, vec![acc, k, v]);
            }
            Expr::GeneratorExp(g) => {
                let v = lower_expr(m, cx, &g.elt)?;
                cx.loc = m.loc(range_of(&*g.elt).0);
                cx.value(Op::Suspend {
                    kind: SuspendKind::Yield,
                    value: v,
                    live: Vec::new(),
                    owned: 0,
                });
            }
            _ => unreachable!(),
        }
    }
    cx.jump_and_switch(head, exhausted);
    cx.clear_var(it_var);
    Ok(())
}

/// Builds the dict `locals()` would return in the current function (`NULL` at module level,
/// where the locals are the globals).
pub(crate) fn build_locals(m: &mut ModuleCx<'_>, cx: &mut FnCx<'_>) -> ValueId {
    if cx.f.kind == FunctionKind::Module {
        return cx.null();
    }
    if let Some(ns) = cx.ns {
        return ns;
    }
    // One dict per call of the function, created on first use and refreshed on each.
    let var = match cx.locals_var {
        Some(v) => v,
        None => {
            let v = cx.temp_var("locals");
            cx.locals_var = Some(v);
            v
        }
    };
    let current = cx.load_var(var);
    let missing = cx.value(Op::IsNull(current));
    let create = cx.new_block();
    let fill = cx.new_block();
    cx.branch(missing, create, fill);
    cx.switch_to(create);
    let fresh = cx.call(RtFunc::BuildDict, vec![]);
    cx.store_var(var, fresh);
    cx.terminate(Terminator::Jump(fill));
    cx.switch_to(fill);
    let d = cx.load_var(var);
    let scope = cx.scope;
    for sym in &scope.symbols {
        match cx.access(&sym.name) {
            NameAccess::Local(var) => {
                if cx.f.vars[var].kind != VarKind::Local {
                    continue;
                }
                let v = cx.load_var(var);
                let n = cx.str_const(m, &sym.name);
                cx.call_void(RtFunc::LocalsSet, vec![d, n, v]);
            }
            NameAccess::Cell { var, .. } => {
                let c = cx.load_var(var);
                let n = cx.str_const(m, &sym.name);
                cx.call_void(RtFunc::LocalsSetCell, vec![d, n, c]);
            }
            NameAccess::Global | NameAccess::ClassNs | NameAccess::ClassFree { .. } => {}
        }
    }
    d
}
