//! Constant folding.
//!
//! Folds operations whose operands are constants when the result is certain and small:
//! - arithmetic, bitwise and comparison operators on `int` constants, `+ - *` on `float`
//!   constants and `+` on `str` constants, unary `-`/`+`/`~` on `int` and `-`/`+` on `float`;
//! - truth tests of constants, `not` of known booleans, and branches on known booleans.
//!
//! Nothing that could raise is folded (`1/0`, `1 << -1`, `2 ** -1`), and integer results are
//! bounded (as CPython's AST optimizer bounds them) so that folding never makes the constant
//! table grow without limit: `10 ** 10000` is computed at run time.

use heron_ir::{
    BinOp, CmpOp, ConstId, ConstPool, Constant, EntityRef, Function, Op, RtFunc, Terminator,
    UnaryOp, ValueId,
};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// Largest folded integer, in bits.
const MAX_INT_BITS: u64 = 128;
/// Longest folded string, in code points.
const MAX_STR_LEN: usize = 4096;

/// What is known about a value.
#[derive(Clone, Copy)]
enum Known {
    Const(ConstId),
    Bool(bool),
}

/// Runs the pass on one function.
pub fn run(f: &mut Function, consts: &mut ConstPool) {
    let mut known: Vec<Option<Known>> = vec![None; f.values.len()];
    for b in f.reverse_postorder() {
        for k in 0..f.blocks[b].insts.len() {
            let i = f.blocks[b].insts[k];
            let inst = &f.insts[i];
            let Some(r) = inst.result else { continue };
            let folded: Option<Op> = match &inst.op {
                Op::Const(c) => {
                    known[r.index()] = Some(Known::Const(*c));
                    None
                }
                Op::BoolConst(v) => {
                    known[r.index()] = Some(Known::Bool(*v));
                    None
                }
                Op::Not(v) => match known[v.index()] {
                    Some(Known::Bool(v)) => Some(Op::BoolConst(!v)),
                    _ => None,
                },
                Op::Call { func, args } => {
                    let c = |v: &ValueId| match known[v.index()] {
                        Some(Known::Const(c)) => Some(consts.get(c).clone()),
                        _ => None,
                    };
                    let arg_consts: Option<Vec<Constant>> = args.iter().map(c).collect();
                    arg_consts
                        .and_then(|a| fold_call(*func, &a))
                        .map(|res| match res {
                            Folded::Bool(b) => Op::BoolConst(b),
                            Folded::Const(c) => Op::Const(consts.intern(c)),
                        })
                }
                _ => None,
            };
            if let Some(op) = folded {
                known[r.index()] = match op {
                    Op::Const(c) => Some(Known::Const(c)),
                    Op::BoolConst(v) => Some(Known::Bool(v)),
                    _ => None,
                };
                let inst = &mut f.insts[i];
                inst.op = op;
                inst.err = None;
            }
        }
        if let Terminator::Branch {
            cond,
            then_block,
            else_block,
        } = f.blocks[b].term
            && let Some(Known::Bool(v)) = known[cond.index()]
        {
            f.blocks[b].term = Terminator::Jump(if v { then_block } else { else_block });
        }
    }
}

enum Folded {
    Bool(bool),
    Const(Constant),
}

fn fold_call(func: RtFunc, args: &[Constant]) -> Option<Folded> {
    use Constant as C;
    match (func, args) {
        (RtFunc::IsTrue, [c]) => truth(c).map(Folded::Bool),
        (RtFunc::Binary(op), [C::Int(a), C::Int(b)]) => {
            int_binary(op, a, b).map(|v| Folded::Const(C::Int(v)))
        }
        (RtFunc::Binary(op), [C::Float(a), C::Float(b)]) => {
            let v = match op {
                BinOp::Add => a + b,
                BinOp::Sub => a - b,
                BinOp::Mul => a * b,
                _ => return None,
            };
            Some(Folded::Const(C::Float(v)))
        }
        (RtFunc::Binary(BinOp::Add), [C::Str(a), C::Str(b)])
            if a.0.len() + b.0.len() <= MAX_STR_LEN =>
        {
            let mut s = a.clone();
            s.0.extend_from_slice(&b.0);
            Some(Folded::Const(C::Str(s)))
        }
        (RtFunc::Unary(op), [C::Int(a)]) => Some(Folded::Const(C::Int(match op {
            UnaryOp::Neg => -a,
            UnaryOp::Pos => a.clone(),
            UnaryOp::Invert => -(a + BigInt::from(1)),
        }))),
        (RtFunc::Unary(UnaryOp::Neg), [C::Float(a)]) => Some(Folded::Const(C::Float(-a))),
        (RtFunc::Unary(UnaryOp::Pos), [C::Float(a)]) => Some(Folded::Const(C::Float(*a))),
        (RtFunc::CompareBool(op), [C::Int(a), C::Int(b)]) => Some(Folded::Bool(compare(op, a, b))),
        (RtFunc::Compare(op), [C::Int(a), C::Int(b)]) => {
            Some(Folded::Const(C::Bool(compare(op, a, b))))
        }
        _ => None,
    }
}

fn compare(op: CmpOp, a: &BigInt, b: &BigInt) -> bool {
    match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

fn truth(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex(re, im) => *re != 0.0 || *im != 0.0,
        Constant::Str(s) => !s.0.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
    })
}

fn small(v: BigInt) -> Option<BigInt> {
    (v.bits() <= MAX_INT_BITS).then_some(v)
}

/// Python's floor division and modulo, `None` for a zero divisor.
fn floor_div_mod(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if b.is_zero() {
        return None;
    }
    let (mut q, mut r) = (a / b, a % b);
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        q -= 1;
        r += b;
    }
    Some((q, r))
}

fn int_binary(op: BinOp, a: &BigInt, b: &BigInt) -> Option<BigInt> {
    if a.bits() > MAX_INT_BITS || b.bits() > MAX_INT_BITS {
        return None;
    }
    match op {
        BinOp::Add => small(a + b),
        BinOp::Sub => small(a - b),
        BinOp::Mul => small(a * b),
        BinOp::FloorDiv => floor_div_mod(a, b).and_then(|(q, _)| small(q)),
        BinOp::Mod => floor_div_mod(a, b).and_then(|(_, r)| small(r)),
        BinOp::BitAnd => small(a & b),
        BinOp::BitOr => small(a | b),
        BinOp::BitXor => small(a ^ b),
        BinOp::LShift => {
            let n = b.to_u64()?;
            if a.bits() + n > MAX_INT_BITS {
                return None;
            }
            small(a << n)
        }
        BinOp::RShift => {
            let n = b.to_u64()?;
            small(if n >= MAX_INT_BITS {
                if a.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                a >> n
            })
        }
        BinOp::Pow => {
            let e = b.to_u32()?;
            if a.bits().saturating_mul(u64::from(e)) > MAX_INT_BITS {
                return None;
            }
            small(a.pow(e))
        }
        BinOp::TrueDiv | BinOp::MatMul => None,
    }
}
