//! The textual form of the IR, used by `heron build --emit ir` and by snapshot tests.
//! Deterministic: the same IR always prints the same text.

use crate::ConstPool;
use crate::function::{Function, FunctionKind, Module, Terminator};
use crate::ops::Op;
use std::fmt::Write;

/// Prints a whole module: constants, then every function.
pub fn print_module(m: &Module) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "module {} ({:?})", m.name, m.filename);
    for (id, _) in m.consts.iter() {
        let _ = writeln!(out, "  {id} = {}", m.consts.display(id));
    }
    for (id, f) in m.functions.iter() {
        let _ = writeln!(out);
        let _ = write!(out, "{id} ");
        out.push_str(&print_function(f, &m.consts));
    }
    out
}

/// Prints one function.
pub fn print_function(f: &Function, consts: &ConstPool) -> String {
    let mut out = String::new();
    let kind = match f.kind {
        FunctionKind::Module => "module",
        FunctionKind::Function => "function",
        FunctionKind::Generator => "generator",
    };
    let _ = writeln!(
        out,
        "{kind} {} (params: {}, line {}):",
        f.qualname, f.num_params, f.first_line
    );
    for (v, data) in f.vars.iter() {
        let _ = writeln!(out, "  {v} {} : {:?}", data.name, data.kind);
    }
    for (b, data) in f.blocks.iter() {
        let cold = if data.cold { " (cold)" } else { "" };
        let _ = writeln!(out, "{b}:{cold}");
        for &i in &data.insts {
            let inst = &f.insts[i];
            out.push_str("    ");
            if let Some(r) = inst.result {
                let _ = write!(out, "{r}: {} = ", f.values[r]);
            }
            out.push_str(&print_op(&inst.op, consts));
            if let Some(e) = inst.err {
                let _ = write!(out, " !{e}");
            }
            let _ = writeln!(out, "  @{}:{}", inst.loc.line, inst.loc.col);
        }
        let _ = writeln!(out, "    {}", print_term(&data.term));
    }
    out
}

fn list(vs: &[crate::ValueId]) -> String {
    vs.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn print_op(op: &Op, consts: &ConstPool) -> String {
    match op {
        Op::Const(k) => format!("const {k} {}", consts.display(*k)),
        Op::Arg(i) => format!("arg {i}"),
        Op::TakeArg(i) => format!("take_arg {i}"),
        Op::Globals => "globals".into(),
        Op::Builtins => "builtins".into(),
        Op::ClosureCell(i) => format!("closure_cell {i}"),
        Op::Null => "null".into(),
        Op::BoolConst(b) => format!("bool {b}"),
        Op::IntConst(i) => format!("int {i}"),
        Op::LoadVar {
            var,
            unbound: Some(_),
        } => format!("load {var} checked"),
        Op::LoadVar { var, unbound: None } => format!("load {var}"),
        Op::StoreVar { var, value } => format!("store {var}, {value}"),
        Op::Call { func, args } => format!("call {func}({})", list(args)),
        Op::MakeFunction { func, args } => format!("make_function {func}({})", list(args)),
        Op::Is(a, b) => format!("is {a}, {b}"),
        Op::IsNull(v) => format!("is_null {v}"),
        Op::Not(v) => format!("not {v}"),
        Op::BoolToObject(v) => format!("bool_to_object {v}"),
        Op::Incref(v) => format!("incref {v}"),
        Op::Decref(v) => format!("decref {v}"),
        Op::Suspend {
            kind, value, live, ..
        } => {
            let what = match kind {
                crate::SuspendKind::Yield => "yield",
                crate::SuspendKind::Delegate => "yield_from",
            };
            if live.is_empty() {
                format!("{what} {value}")
            } else {
                format!("{what} {value} live [{}]", list(live))
            }
        }
    }
}

fn print_term(t: &Terminator) -> String {
    match t {
        Terminator::None => "<no terminator>".into(),
        Terminator::Jump(b) => format!("jump {b}"),
        Terminator::Branch {
            cond,
            then_block,
            else_block,
        } => {
            format!("branch {cond}, {then_block}, {else_block}")
        }
        Terminator::Return(v) => format!("return {v}"),
        Terminator::Unwind => "unwind".into(),
        Terminator::Unreachable => "unreachable".into(),
    }
}
