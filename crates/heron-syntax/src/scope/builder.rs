//! First pass of scope analysis: walk the AST, open a block for every scope-creating node and
//! record how each name is used in it (CPython 3.11's `symtable_visit_*`).
//!
//! The order in which names are recorded follows CPython's visiting order, so "order of first
//! appearance" means the same thing as in CPython's symbol tables (e.g. assignment targets are
//! visited before the assigned value, decorators after default values).

use crate::ast::{self, Expr, Stmt};
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::scope::ScopeKind;
use crate::source::{SourceFile, range_of};

use super::block::flags::*;
use super::block::{Block, BlockType, mangle};

/// Deepest AST nesting analysed before giving up (CPython raises `RecursionError` during
/// compilation at a comparable depth).
const MAX_DEPTH: u32 = 3000;

type R<T = ()> = Result<T, Diagnostic>;

/// The symbol-table builder.
pub(super) struct Builder<'a> {
    src: &'a SourceFile,
    future_annotations: bool,
    pub(super) blocks: Vec<Block>,
    stack: Vec<usize>,
    /// The class name in effect for mangling (CPython's `st_private`).
    private: Option<String>,
    depth: u32,
}

impl<'a> Builder<'a> {
    /// A builder with the module block open.
    pub(super) fn new(src: &'a SourceFile, future_annotations: bool) -> Self {
        let module = Block::new(
            BlockType::Module,
            Some(ScopeKind::Module),
            "<module>".into(),
            (0, src.text.len()),
        );
        Builder {
            src,
            future_annotations,
            blocks: vec![module],
            stack: vec![0],
            private: None,
            depth: 0,
        }
    }

    fn cur(&self) -> usize {
        self.stack.last().copied().unwrap_or(0)
    }

    fn cur_block(&mut self) -> &mut Block {
        let c = self.cur();
        &mut self.blocks[c]
    }

    fn error(&self, message: String, range: (usize, usize)) -> Diagnostic {
        Diagnostic::at(
            DiagnosticKind::SyntaxError,
            message,
            self.src,
            range.0,
            range.1,
        )
    }

    fn enter_block(
        &mut self,
        ty: BlockType,
        kind: Option<ScopeKind>,
        name: &str,
        range: (usize, usize),
    ) {
        let prev = self.cur();
        let mut block = Block::new(ty, kind, name.to_string(), range);
        block.comp_iter_expr = self.blocks[prev].comp_iter_expr;
        block.private = self.private.clone();
        let id = self.blocks.len();
        self.blocks.push(block);
        if ty != BlockType::Annotation {
            self.blocks[prev].children.push(id);
        }
        self.stack.push(id);
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    /// Records `flag` for `name` in the current block.
    fn add_def(&mut self, name: &str, flag: u32, range: (usize, usize)) -> R {
        let cur = self.cur();
        self.add_def_in(name, flag, cur, range)
    }

    /// CPython's `symtable_add_def_helper`.
    fn add_def_in(&mut self, name: &str, flag: u32, block: usize, range: (usize, usize)) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let b = &self.blocks[block];
        let old = b.lookup(&mangled);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(self.error(
                format!("duplicate argument '{name}' in function definition"),
                range,
            ));
        }
        let mut val = old | flag;
        if b.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.error(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        self.blocks[block].set(&mangled, val);
        if flag & DEF_PARAM == 0 && flag & DEF_GLOBAL != 0 {
            let module = &mut self.blocks[0];
            let g = module.lookup(&mangled) | flag;
            module.set(&mangled, g);
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, range: (usize, usize)) {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur_block().directives.push((mangled, range));
    }

    fn lookup(&self, name: &str) -> u32 {
        self.blocks[self.cur()].lookup(&mangle(self.private.as_deref(), name))
    }

    fn guard(&mut self, range: (usize, usize)) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Diagnostic::at(
                DiagnosticKind::Unsupported,
                "maximum recursion depth exceeded during compilation",
                self.src,
                range.0,
                range.1,
            ));
        }
        Ok(())
    }

    /// Visits a module body.
    pub(super) fn visit_body(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) -> R {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_opt(&mut self, e: Option<&Expr>) -> R {
        e.map_or(Ok(()), |e| self.visit_expr(e))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R {
        self.guard(range_of(s))?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> R {
        let srange = range_of(s);
        match s {
            Stmt::FunctionDef(f) => {
                self.visit_function(
                    &f.name,
                    &f.args,
                    &f.body,
                    &f.decorator_list,
                    f.returns.as_deref(),
                    false,
                    srange,
                )?;
                self.reject_type_params(!f.type_params.is_empty(), srange)?;
            }
            Stmt::AsyncFunctionDef(f) => {
                self.visit_function(
                    &f.name,
                    &f.args,
                    &f.body,
                    &f.decorator_list,
                    f.returns.as_deref(),
                    true,
                    srange,
                )?;
                self.reject_type_params(!f.type_params.is_empty(), srange)?;
            }
            Stmt::ClassDef(c) => {
                self.reject_type_params(!c.type_params.is_empty(), srange)?;
                self.add_def(&c.name, DEF_LOCAL, srange)?;
                self.visit_exprs(&c.bases)?;
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                self.visit_exprs(&c.decorator_list)?;
                self.enter_block(BlockType::Class, Some(ScopeKind::Class), &c.name, srange);
                let saved = self.private.replace(c.name.to_string());
                self.cur_block().private = self.private.clone();
                let r = self.visit_body(&c.body);
                self.private = saved;
                r?;
                self.exit_block();
            }
            Stmt::Return(r) => self.visit_opt(r.value.as_deref())?,
            Stmt::Delete(d) => self.visit_exprs(&d.targets)?,
            Stmt::Assign(a) => {
                self.visit_exprs(&a.targets)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::TypeAlias(_) => return Err(self.error("invalid syntax".into(), srange)),
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => self.visit_ann_assign(a, srange)?,
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::AsyncFor(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                self.visit_body(&i.orelse)?;
            }
            Stmt::With(w) => {
                self.visit_with_items(&w.items)?;
                self.visit_body(&w.body)?;
            }
            Stmt::AsyncWith(w) => {
                self.visit_with_items(&w.items)?;
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    self.visit_opt(case.guard.as_deref())?;
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                self.visit_opt(r.exc.as_deref())?;
                self.visit_opt(r.cause.as_deref())?;
            }
            Stmt::Try(t) => self.visit_try(&t.body, &t.orelse, &t.handlers, &t.finalbody)?,
            Stmt::TryStar(t) => self.visit_try(&t.body, &t.orelse, &t.handlers, &t.finalbody)?,
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                self.visit_opt(a.msg.as_deref())?;
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.visit_alias(alias)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    self.visit_alias(alias)?;
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    self.check_directive(name, "global", srange)?;
                    self.add_def(name, DEF_GLOBAL, srange)?;
                    self.record_directive(name, srange);
                }
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    self.check_directive(name, "nonlocal", srange)?;
                    self.add_def(name, DEF_NONLOCAL, srange)?;
                    self.record_directive(name, srange);
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
        Ok(())
    }

    /// PEP 695 type parameters are 3.12 syntax; heron targets 3.11's grammar.
    fn reject_type_params(&self, has: bool, range: (usize, usize)) -> R {
        if has {
            Err(self.error("invalid syntax".into(), range))
        } else {
            Ok(())
        }
    }

    /// The errors for a `global`/`nonlocal` name already used in this block.
    fn check_directive(&self, name: &str, what: &str, range: (usize, usize)) -> R {
        let cur = self.lookup(name);
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) == 0 {
            return Ok(());
        }
        let msg = if cur & DEF_PARAM != 0 {
            format!("name '{name}' is parameter and {what}")
        } else if cur & USE != 0 {
            format!("name '{name}' is used prior to {what} declaration")
        } else if cur & DEF_ANNOT != 0 {
            format!("annotated name '{name}' can't be {what}")
        } else {
            format!("name '{name}' is assigned to before {what} declaration")
        };
        Err(self.error(msg, range))
    }

    #[allow(clippy::too_many_arguments)]
    fn visit_function(
        &mut self,
        name: &str,
        args: &ast::Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: Option<&Expr>,
        is_async: bool,
        range: (usize, usize),
    ) -> R {
        self.add_def(name, DEF_LOCAL, range)?;
        self.visit_defaults(args)?;
        self.visit_arg_annotations(args, returns, range)?;
        self.visit_exprs(decorators)?;
        self.enter_block(BlockType::Function, Some(ScopeKind::Function), name, range);
        if is_async {
            self.cur_block().is_coroutine = true;
        }
        self.visit_params(args)?;
        self.visit_body(body)?;
        self.exit_block();
        Ok(())
    }

    /// Default values, evaluated in the enclosing scope: positional ones, then keyword-only ones.
    fn visit_defaults(&mut self, args: &ast::Arguments) -> R {
        for a in args.posonlyargs.iter().chain(&args.args) {
            self.visit_opt(a.default.as_deref())?;
        }
        for a in &args.kwonlyargs {
            self.visit_opt(a.default.as_deref())?;
        }
        Ok(())
    }

    /// CPython's `symtable_visit_annotations`: parameter annotations (in one annotation block
    /// under future annotations), then the return annotation.
    fn visit_arg_annotations(
        &mut self,
        args: &ast::Arguments,
        returns: Option<&Expr>,
        range: (usize, usize),
    ) -> R {
        if self.future_annotations {
            self.enter_block(BlockType::Annotation, None, "_annotation", range);
        }
        for a in args.posonlyargs.iter().chain(&args.args) {
            self.visit_opt(a.def.annotation.as_deref())?;
        }
        if let Some(v) = &args.vararg {
            self.visit_opt(v.annotation.as_deref())?;
        }
        if let Some(k) = &args.kwarg {
            self.visit_opt(k.annotation.as_deref())?;
        }
        for a in &args.kwonlyargs {
            self.visit_opt(a.def.annotation.as_deref())?;
        }
        if self.future_annotations {
            self.exit_block();
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    /// One annotation: in its own (detached) block under future annotations.
    fn visit_annotation(&mut self, e: &Expr) -> R {
        if self.future_annotations {
            self.enter_block(BlockType::Annotation, None, "_annotation", range_of(e));
            self.visit_expr(e)?;
            self.exit_block();
            Ok(())
        } else {
            self.visit_expr(e)
        }
    }

    /// Parameters, in CPython's order: positional-only, regular, keyword-only, `*args`,
    /// `**kwargs` (the order of `co_varnames`).
    fn visit_params(&mut self, args: &ast::Arguments) -> R {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.def.arg, DEF_PARAM, range_of(&a.def))?;
        }
        if let Some(v) = &args.vararg {
            self.add_def(&v.arg, DEF_PARAM, range_of(v.as_ref()))?;
        }
        if let Some(k) = &args.kwarg {
            self.add_def(&k.arg, DEF_PARAM, range_of(k.as_ref()))?;
        }
        Ok(())
    }

    fn visit_ann_assign(&mut self, a: &ast::StmtAnnAssign, srange: (usize, usize)) -> R {
        if let Expr::Name(n) = a.target.as_ref() {
            // rustpython marks `(x): int` simple too; CPython does not (the statement would
            // then start at the parenthesis, not at the name).
            let simple = a.simple && srange.0 == range_of(n).0;
            let cur = self.lookup(&n.id);
            let at_module = self.cur() == 0;
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !at_module && simple {
                let what = if cur & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                return Err(
                    self.error(format!("annotated name '{}' can't be {what}", n.id), srange)
                );
            }
            if simple {
                self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, range_of(n))?;
            } else if a.value.is_some() {
                self.add_def(&n.id, DEF_LOCAL, range_of(n))?;
            }
        } else {
            self.visit_expr(&a.target)?;
        }
        self.visit_annotation(&a.annotation)?;
        self.visit_opt(a.value.as_deref())
    }

    fn visit_with_items(&mut self, items: &[ast::WithItem]) -> R {
        for item in items {
            self.visit_expr(&item.context_expr)?;
            self.visit_opt(item.optional_vars.as_deref())?;
        }
        Ok(())
    }

    fn visit_try(
        &mut self,
        body: &[Stmt],
        orelse: &[Stmt],
        handlers: &[ast::ExceptHandler],
        finalbody: &[Stmt],
    ) -> R {
        self.visit_body(body)?;
        self.visit_body(orelse)?;
        for ast::ExceptHandler::ExceptHandler(h) in handlers {
            self.visit_opt(h.type_.as_deref())?;
            if let Some(name) = &h.name {
                self.add_def(name, DEF_LOCAL, range_of(h))?;
            }
            self.visit_body(&h.body)?;
        }
        self.visit_body(finalbody)
    }

    /// An import alias binds its `as` name, or the first component of the module name.
    fn visit_alias(&mut self, alias: &ast::Alias) -> R {
        let name = alias.asname.as_ref().unwrap_or(&alias.name).as_str();
        if name == "*" {
            if self.blocks[self.cur()].ty != BlockType::Module {
                return Err(self.error(
                    "import * only allowed at module level".into(),
                    range_of(alias),
                ));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, range_of(alias))
    }

    fn visit_pattern(&mut self, p: &ast::Pattern) -> R {
        self.guard(range_of(p))?;
        let r = self.visit_pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn visit_pattern_inner(&mut self, p: &ast::Pattern) -> R {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.visit_expr(&v.value),
            P::MatchSingleton(_) => Ok(()),
            P::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
            P::MatchStar(s) => match &s.name {
                Some(n) => self.add_def(n, DEF_LOCAL, range_of(p)),
                None => Ok(()),
            },
            P::MatchMapping(m) => {
                self.visit_exprs(&m.keys)?;
                m.patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                match &m.rest {
                    Some(n) => self.add_def(n, DEF_LOCAL, range_of(p)),
                    None => Ok(()),
                }
            }
            P::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                c.patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                c.kwd_patterns
                    .iter()
                    .try_for_each(|p| self.visit_pattern(p))
            }
            P::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.visit_pattern(inner)?;
                }
                match &a.name {
                    Some(n) => self.add_def(n, DEF_LOCAL, range_of(p)),
                    None => Ok(()),
                }
            }
            P::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
        }
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        self.guard(range_of(e))?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> R {
        let erange = range_of(e);
        match e {
            Expr::NamedExpr(n) => {
                self.no_annotation("named expression", erange)?;
                if self.blocks[self.cur()].comp_iter_expr > 0 {
                    return Err(self.error(
                        "assignment expression cannot be used in a comprehension iterable expression".into(),
                        erange,
                    ));
                }
                if self.blocks[self.cur()].comprehension {
                    self.extend_namedexpr_scope(&n.target)?;
                }
                self.visit_expr(&n.value)?;
                self.visit_expr(&n.target)
            }
            Expr::BoolOp(b) => self.visit_exprs(&b.values),
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand),
            Expr::Lambda(l) => {
                self.visit_defaults(&l.args)?;
                self.enter_block(
                    BlockType::Function,
                    Some(ScopeKind::Lambda),
                    "<lambda>",
                    erange,
                );
                self.visit_params(&l.args)?;
                self.visit_expr(&l.body)?;
                self.exit_block();
                Ok(())
            }
            Expr::IfExp(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.visit_expr(k)?;
                }
                self.visit_exprs(&d.values)
            }
            Expr::Set(s) => self.visit_exprs(&s.elts),
            Expr::ListComp(c) => self.visit_comprehension(
                e,
                ScopeKind::ListComp,
                "<listcomp>",
                &c.generators,
                &c.elt,
                None,
            ),
            Expr::SetComp(c) => self.visit_comprehension(
                e,
                ScopeKind::SetComp,
                "<setcomp>",
                &c.generators,
                &c.elt,
                None,
            ),
            Expr::DictComp(c) => self.visit_comprehension(
                e,
                ScopeKind::DictComp,
                "<dictcomp>",
                &c.generators,
                &c.key,
                Some(&c.value),
            ),
            Expr::GeneratorExp(c) => self.visit_comprehension(
                e,
                ScopeKind::GenExp,
                "<genexpr>",
                &c.generators,
                &c.elt,
                None,
            ),
            Expr::Yield(y) => {
                self.no_annotation("yield expression", erange)?;
                self.visit_opt(y.value.as_deref())?;
                self.mark_generator(erange)
            }
            Expr::YieldFrom(y) => {
                self.no_annotation("yield expression", erange)?;
                self.visit_expr(&y.value)?;
                self.mark_generator(erange)
            }
            Expr::Await(a) => {
                self.no_annotation("await expression", erange)?;
                self.visit_expr(&a.value)?;
                self.cur_block().is_coroutine = true;
                Ok(())
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(&c.args)?;
                c.keywords
                    .iter()
                    .try_for_each(|k| self.visit_expr(&k.value))
            }
            Expr::FormattedValue(f) => {
                self.visit_expr(&f.value)?;
                self.visit_opt(f.format_spec.as_deref())
            }
            Expr::JoinedStr(j) => self.visit_exprs(&j.values),
            Expr::Constant(_) => Ok(()),
            Expr::Attribute(a) => self.visit_expr(&a.value),
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)
            }
            Expr::Starred(s) => self.visit_expr(&s.value),
            Expr::Slice(s) => {
                self.visit_opt(s.lower.as_deref())?;
                self.visit_opt(s.upper.as_deref())?;
                self.visit_opt(s.step.as_deref())
            }
            Expr::Name(n) => {
                let load = matches!(n.ctx, ast::ExprContext::Load);
                self.add_def(&n.id, if load { USE } else { DEF_LOCAL }, erange)?;
                // `super` counts as a use of `__class__` (zero-argument super needs the cell).
                if load
                    && n.id.as_str() == "super"
                    && self.blocks[self.cur()].ty == BlockType::Function
                {
                    self.add_def("__class__", USE, erange)?;
                }
                Ok(())
            }
            Expr::List(l) => self.visit_exprs(&l.elts),
            Expr::Tuple(t) => self.visit_exprs(&t.elts),
        }
    }

    /// `yield` makes the current block a generator; inside a comprehension it is an error.
    fn mark_generator(&mut self, range: (usize, usize)) -> R {
        let b = self.cur_block();
        b.is_generator = true;
        if b.comprehension {
            let what = match b.kind {
                Some(ScopeKind::ListComp) => "list comprehension",
                Some(ScopeKind::SetComp) => "set comprehension",
                Some(ScopeKind::DictComp) => "dict comprehension",
                _ => "generator expression",
            };
            return Err(self.error(format!("'yield' inside {what}"), range));
        }
        Ok(())
    }

    /// The error for expressions not allowed in a (future) annotation.
    fn no_annotation(&self, what: &str, range: (usize, usize)) -> R {
        if self.blocks[self.cur()].ty == BlockType::Annotation {
            return Err(self.error(
                format!("'{what}' can not be used within an annotation"),
                range,
            ));
        }
        Ok(())
    }

    /// CPython's `symtable_extend_namedexpr_scope`: a walrus inside a comprehension binds in
    /// the nearest enclosing function (as nonlocal) or module (as global).
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let Expr::Name(n) = target else { return Ok(()) };
        let name = n.id.as_str();
        let trange = range_of(target);
        let mangled = mangle(self.private.as_deref(), name);
        for &b in self.stack.iter().rev() {
            let block = &self.blocks[b];
            if block.comprehension {
                if block.lookup(&mangled) & DEF_COMP_ITER != 0 {
                    return Err(self.error(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        trange,
                    ));
                }
                continue;
            }
            match block.ty {
                BlockType::Function => {
                    let flag = if block.lookup(&mangled) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, trange)?;
                    self.record_directive(name, trange);
                    return self.add_def_in(name, DEF_LOCAL, b, trange);
                }
                BlockType::Module => {
                    self.add_def(name, DEF_GLOBAL, trange)?;
                    self.record_directive(name, trange);
                    return self.add_def_in(name, DEF_GLOBAL, b, trange);
                }
                BlockType::Class => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a class body".into(),
                        trange,
                    ));
                }
                BlockType::Annotation => {}
            }
        }
        Ok(())
    }

    /// CPython's `symtable_handle_comprehension`: the outermost iterable is evaluated in the
    /// enclosing scope; the rest lives in a function scope whose parameter `.0` is that
    /// iterable's iterator.
    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: ScopeKind,
        name: &str,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        let is_generator = kind == ScopeKind::GenExp;
        self.cur_block().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur_block().comp_iter_expr -= 1;
        r?;
        self.enter_block(BlockType::Function, Some(kind), name, range_of(e));
        self.cur_block().comprehension = true;
        if outermost.is_async {
            self.cur_block().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, range_of(e))?;
        self.cur_block().comp_iter_target = true;
        let r = self.visit_expr(&outermost.target);
        self.cur_block().comp_iter_target = false;
        r?;
        self.visit_exprs(&outermost.ifs)?;
        for g in rest {
            self.cur_block().comp_iter_target = true;
            let r = self.visit_expr(&g.target);
            self.cur_block().comp_iter_target = false;
            r?;
            self.cur_block().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur_block().comp_iter_expr -= 1;
            r?;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.cur_block().is_coroutine = true;
            }
        }
        self.visit_opt(value)?;
        self.visit_expr(elt)?;
        let b = self.cur_block();
        b.is_generator = is_generator;
        let is_async = b.is_coroutine && !is_generator;
        self.exit_block();
        if is_async {
            self.cur_block().is_coroutine = true;
        }
        Ok(())
    }
}
