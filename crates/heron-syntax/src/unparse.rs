//! Expression unparsing, as CPython 3.11's `Python/ast_unparse.c` does it.
//!
//! Under `from __future__ import annotations` CPython stores every annotation as the text this
//! unparser produces (not the source text: `List[ int ]` becomes `'List[int]'`), so heron must
//! produce exactly the same strings. Parentheses are added from operator precedence, constants
//! are written with Python's `repr`.

mod repr;

use std::fmt::Write;

use crate::ast::{self, Constant, Expr};

/// Precedence levels, lowest first (CPython's `PR_*`).
mod pr {
    pub(super) const TUPLE: u8 = 0;
    pub(super) const TEST: u8 = 1;
    pub(super) const OR: u8 = 2;
    pub(super) const AND: u8 = 3;
    pub(super) const NOT: u8 = 4;
    pub(super) const CMP: u8 = 5;
    pub(super) const EXPR: u8 = 6;
    pub(super) const BOR: u8 = 6;
    pub(super) const BXOR: u8 = 7;
    pub(super) const BAND: u8 = 8;
    pub(super) const SHIFT: u8 = 9;
    pub(super) const ARITH: u8 = 10;
    pub(super) const TERM: u8 = 11;
    pub(super) const FACTOR: u8 = 12;
    pub(super) const POWER: u8 = 13;
    pub(super) const AWAIT: u8 = 14;
    pub(super) const ATOM: u8 = 15;
}

/// The text CPython stores for an annotation under `from __future__ import annotations`
/// (its `_PyAST_ExprAsUnicode`): the expression unparsed at "test" precedence, so a tuple is
/// parenthesized.
pub fn unparse_expr(e: &Expr) -> String {
    let mut u = Unparser { out: String::new() };
    u.expr(e, pr::TEST);
    u.out
}

struct Unparser {
    out: String,
}

impl Unparser {
    fn p(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn p_if(&mut self, cond: bool, s: &str) {
        if cond {
            self.out.push_str(s);
        }
    }

    fn join(&mut self, items: &[Expr], level: u8) {
        for (i, e) in items.iter().enumerate() {
            self.p_if(i > 0, ", ");
            self.expr(e, level);
        }
    }

    fn expr(&mut self, e: &Expr, level: u8) {
        match e {
            Expr::BoolOp(b) => {
                let (op, p) = match b.op {
                    ast::BoolOp::And => (" and ", pr::AND),
                    ast::BoolOp::Or => (" or ", pr::OR),
                };
                self.p_if(level > p, "(");
                for (i, v) in b.values.iter().enumerate() {
                    self.p_if(i > 0, op);
                    self.expr(v, p + 1);
                }
                self.p_if(level > p, ")");
            }
            Expr::BinOp(b) => {
                use ast::Operator as O;
                let (op, p) = match b.op {
                    O::Add => (" + ", pr::ARITH),
                    O::Sub => (" - ", pr::ARITH),
                    O::Mult => (" * ", pr::TERM),
                    O::MatMult => (" @ ", pr::TERM),
                    O::Div => (" / ", pr::TERM),
                    O::Mod => (" % ", pr::TERM),
                    O::FloorDiv => (" // ", pr::TERM),
                    O::LShift => (" << ", pr::SHIFT),
                    O::RShift => (" >> ", pr::SHIFT),
                    O::BitOr => (" | ", pr::BOR),
                    O::BitXor => (" ^ ", pr::BXOR),
                    O::BitAnd => (" & ", pr::BAND),
                    O::Pow => (" ** ", pr::POWER),
                };
                let rassoc = u8::from(matches!(b.op, O::Pow));
                self.p_if(level > p, "(");
                self.expr(&b.left, p + rassoc);
                self.p(op);
                self.expr(&b.right, p + 1 - rassoc);
                self.p_if(level > p, ")");
            }
            Expr::UnaryOp(u) => {
                let (op, p) = match u.op {
                    ast::UnaryOp::Invert => ("~", pr::FACTOR),
                    ast::UnaryOp::Not => ("not ", pr::NOT),
                    ast::UnaryOp::UAdd => ("+", pr::FACTOR),
                    ast::UnaryOp::USub => ("-", pr::FACTOR),
                };
                self.p_if(level > p, "(");
                self.p(op);
                self.expr(&u.operand, p);
                self.p_if(level > p, ")");
            }
            Expr::Lambda(l) => {
                self.p_if(level > pr::TEST, "(");
                let positional = l.args.posonlyargs.len() + l.args.args.len();
                self.p(if positional > 0 { "lambda " } else { "lambda" });
                self.arguments(&l.args);
                self.p(": ");
                self.expr(&l.body, pr::TEST);
                self.p_if(level > pr::TEST, ")");
            }
            Expr::IfExp(i) => {
                self.p_if(level > pr::TEST, "(");
                self.expr(&i.body, pr::TEST + 1);
                self.p(" if ");
                self.expr(&i.test, pr::TEST + 1);
                self.p(" else ");
                self.expr(&i.orelse, pr::TEST);
                self.p_if(level > pr::TEST, ")");
            }
            Expr::Dict(d) => {
                self.p("{");
                for (i, (k, v)) in d.keys.iter().zip(&d.values).enumerate() {
                    self.p_if(i > 0, ", ");
                    match k {
                        Some(k) => {
                            self.expr(k, pr::TEST);
                            self.p(": ");
                            self.expr(v, pr::TEST);
                        }
                        None => {
                            self.p("**");
                            self.expr(v, pr::EXPR);
                        }
                    }
                }
                self.p("}");
            }
            Expr::Set(s) => {
                self.p("{");
                self.join(&s.elts, pr::TEST);
                self.p("}");
            }
            Expr::ListComp(c) => {
                self.p("[");
                self.expr(&c.elt, pr::TEST);
                self.comprehensions(&c.generators);
                self.p("]");
            }
            Expr::SetComp(c) => {
                self.p("{");
                self.expr(&c.elt, pr::TEST);
                self.comprehensions(&c.generators);
                self.p("}");
            }
            Expr::DictComp(c) => {
                self.p("{");
                self.expr(&c.key, pr::TEST);
                self.p(": ");
                self.expr(&c.value, pr::TEST);
                self.comprehensions(&c.generators);
                self.p("}");
            }
            Expr::GeneratorExp(c) => {
                self.p("(");
                self.expr(&c.elt, pr::TEST);
                self.comprehensions(&c.generators);
                self.p(")");
            }
            Expr::Await(a) => {
                self.p_if(level > pr::AWAIT, "(");
                self.p("await ");
                self.expr(&a.value, pr::ATOM);
                self.p_if(level > pr::AWAIT, ")");
            }
            Expr::Yield(y) => match &y.value {
                None => self.p("(yield)"),
                Some(v) => {
                    self.p("(yield ");
                    self.expr(v, pr::TEST);
                    self.p(")");
                }
            },
            Expr::YieldFrom(y) => {
                self.p("(yield from ");
                self.expr(&y.value, pr::TEST);
                self.p(")");
            }
            Expr::Compare(c) => {
                self.p_if(level > pr::CMP, "(");
                self.expr(&c.left, pr::CMP + 1);
                for (op, right) in c.ops.iter().zip(&c.comparators) {
                    use ast::CmpOp as C;
                    self.p(match op {
                        C::Eq => " == ",
                        C::NotEq => " != ",
                        C::Lt => " < ",
                        C::LtE => " <= ",
                        C::Gt => " > ",
                        C::GtE => " >= ",
                        C::Is => " is ",
                        C::IsNot => " is not ",
                        C::In => " in ",
                        C::NotIn => " not in ",
                    });
                    self.expr(right, pr::CMP + 1);
                }
                self.p_if(level > pr::CMP, ")");
            }
            Expr::Call(c) => {
                self.expr(&c.func, pr::ATOM);
                if let ([arg @ Expr::GeneratorExp(_)], []) =
                    (c.args.as_slice(), c.keywords.as_slice())
                {
                    // A lone generator argument keeps only its own parentheses.
                    self.expr(arg, pr::TEST);
                    return;
                }
                self.p("(");
                self.join(&c.args, pr::TEST);
                for (i, k) in c.keywords.iter().enumerate() {
                    self.p_if(i > 0 || !c.args.is_empty(), ", ");
                    match &k.arg {
                        Some(name) => {
                            self.p(name.as_str());
                            self.p("=");
                        }
                        None => self.p("**"),
                    }
                    self.expr(&k.value, pr::TEST);
                }
                self.p(")");
            }
            Expr::FormattedValue(_) | Expr::JoinedStr(_) => {
                let body = self.fstring_body(std::slice::from_ref(e));
                self.p("f");
                self.p(&repr::str_repr(&body));
            }
            Expr::Constant(c) => {
                if c.kind.as_deref() == Some("u") {
                    self.p("u");
                }
                self.constant(&c.value);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value, pr::ATOM);
                let int = matches!(
                    a.value.as_ref(),
                    Expr::Constant(ast::ExprConstant {
                        value: Constant::Int(_),
                        ..
                    })
                );
                self.p(if int { " ." } else { "." });
                self.p(a.attr.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value, pr::ATOM);
                self.p("[");
                self.expr(&s.slice, pr::TUPLE);
                self.p("]");
            }
            Expr::Starred(s) => {
                self.p("*");
                self.expr(&s.value, pr::EXPR);
            }
            Expr::Name(n) => self.p(n.id.as_str()),
            Expr::List(l) => {
                self.p("[");
                self.join(&l.elts, pr::TEST);
                self.p("]");
            }
            Expr::Tuple(t) => self.tuple(&t.elts, level),
            Expr::Slice(s) => {
                if let Some(lower) = &s.lower {
                    self.expr(lower, pr::TEST);
                }
                self.p(":");
                if let Some(upper) = &s.upper {
                    self.expr(upper, pr::TEST);
                }
                if let Some(step) = &s.step {
                    self.p(":");
                    self.expr(step, pr::TEST);
                }
            }
            Expr::NamedExpr(n) => {
                self.p_if(level > pr::TUPLE, "(");
                self.expr(&n.target, pr::ATOM);
                self.p(" := ");
                self.expr(&n.value, pr::ATOM);
                self.p_if(level > pr::TUPLE, ")");
            }
        }
    }

    fn tuple(&mut self, elts: &[Expr], level: u8) {
        if elts.is_empty() {
            self.p("()");
            return;
        }
        self.p_if(level > pr::TUPLE, "(");
        self.join(elts, pr::TEST);
        self.p_if(elts.len() == 1, ",");
        self.p_if(level > pr::TUPLE, ")");
    }

    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.p("None"),
            Constant::Bool(b) => self.p(if *b { "True" } else { "False" }),
            Constant::Str(s) => self.p(&repr::str_repr(s)),
            Constant::Bytes(b) => self.p(&repr::bytes_repr(b)),
            Constant::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Constant::Float(f) => self.p(&repr::float_repr(*f)),
            Constant::Complex { real, imag } => {
                if *real == 0.0 && real.is_sign_positive() {
                    self.p(&repr::imag_repr(*imag));
                } else {
                    self.p(&repr::complex_repr(*real, *imag));
                }
            }
            Constant::Ellipsis => self.p("..."),
            Constant::Tuple(items) => {
                self.p("(");
                for (i, item) in items.iter().enumerate() {
                    self.p_if(i > 0, ", ");
                    self.constant(item);
                }
                self.p_if(items.len() == 1, ",");
                self.p(")");
            }
        }
    }

    fn comprehensions(&mut self, generators: &[ast::Comprehension]) {
        for g in generators {
            self.p(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, pr::TUPLE);
            self.p(" in ");
            self.expr(&g.iter, pr::TEST + 1);
            for cond in &g.ifs {
                self.p(" if ");
                self.expr(cond, pr::TEST + 1);
            }
        }
    }

    /// Lambda parameters: `a, b=1, /, c, *args, d, e=2, **kw`.
    fn arguments(&mut self, args: &ast::Arguments) {
        let mut first = true;
        let mut sep = |u: &mut Unparser| {
            u.p_if(!first, ", ");
            first = false;
        };
        let positional = args.posonlyargs.len();
        for (i, a) in args.posonlyargs.iter().chain(&args.args).enumerate() {
            sep(self);
            self.arg(&a.def);
            if let Some(d) = &a.default {
                self.p("=");
                self.expr(d, pr::TEST);
            }
            if positional > 0 && i + 1 == positional {
                self.p(", /");
            }
        }
        if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
            sep(self);
            self.p("*");
            if let Some(v) = &args.vararg {
                self.arg(v);
            }
        }
        for a in &args.kwonlyargs {
            sep(self);
            self.arg(&a.def);
            if let Some(d) = &a.default {
                self.p("=");
                self.expr(d, pr::TEST);
            }
        }
        if let Some(k) = &args.kwarg {
            sep(self);
            self.p("**");
            self.arg(k);
        }
    }

    fn arg(&mut self, a: &ast::Arg) {
        self.p(a.arg.as_str());
        if let Some(ann) = &a.annotation {
            self.p(": ");
            self.expr(ann, pr::TEST);
        }
    }

    /// The text inside an f-string's quotes: literal parts with braces doubled, replacement
    /// fields as `{expr!c:spec}`.
    fn fstring_body(&mut self, parts: &[Expr]) -> String {
        let mut body = String::new();
        for part in parts {
            match part {
                Expr::JoinedStr(j) => body.push_str(&self.fstring_body(&j.values)),
                Expr::Constant(ast::ExprConstant {
                    value: Constant::Str(s),
                    ..
                }) => {
                    body.push_str(&s.replace('{', "{{").replace('}', "}}"));
                }
                Expr::FormattedValue(f) => {
                    let mut inner = Unparser { out: String::new() };
                    inner.expr(&f.value, pr::TEST + 1);
                    body.push('{');
                    if inner.out.starts_with('{') {
                        body.push(' ');
                    }
                    body.push_str(&inner.out);
                    match f.conversion {
                        ast::ConversionFlag::Str => body.push_str("!s"),
                        ast::ConversionFlag::Repr => body.push_str("!r"),
                        ast::ConversionFlag::Ascii => body.push_str("!a"),
                        ast::ConversionFlag::None => {}
                    }
                    if let Some(spec) = &f.format_spec {
                        body.push(':');
                        body.push_str(&self.fstring_body(std::slice::from_ref(spec)));
                    }
                    body.push('}');
                }
                other => {
                    // Not produced by the parser; keep something readable.
                    let mut inner = Unparser { out: String::new() };
                    inner.expr(other, pr::TEST + 1);
                    body.push('{');
                    body.push_str(&inner.out);
                    body.push('}');
                }
            }
        }
        body
    }
}
