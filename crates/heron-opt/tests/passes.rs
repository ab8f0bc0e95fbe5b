//! Snapshot tests of each pass: a small Python function is lowered, the pass runs alone, and
//! the printed IR of that function is compared with the stored snapshot
//! (`tests/snapshots/`; review changes with `cargo insta review`).

use heron_ir::{Module, printer::print_function, verify::verify_function};

/// Lowers `source` and returns the module (verified).
fn lower(source: &str) -> Module {
    let parsed = heron_syntax::parse_module(source.as_bytes(), "t.py").expect("parses");
    let m = heron_lower::lower_module(&parsed, "t", "t.py").expect("lowers");
    for f in m.functions.values() {
        verify_function(f).expect("lowering output verifies");
    }
    m
}

/// Runs `pass` on the function named `name` and prints it.
fn after(source: &str, name: &str, pass: impl Fn(&mut Module, usize)) -> String {
    let mut m = lower(source);
    let index = m
        .functions
        .values()
        .position(|f| f.name == name)
        .expect("function exists");
    pass(&mut m, index);
    let f = m.functions.values().nth(index).unwrap();
    verify_function(f).expect("pass output verifies");
    print_function(f, &m.consts)
}

fn const_fold(m: &mut Module, index: usize) {
    let Module {
        functions, consts, ..
    } = m;
    let f = functions.values_mut().nth(index).unwrap();
    heron_opt::const_fold::run(f, consts);
}

fn dead_blocks(m: &mut Module, index: usize) {
    heron_opt::dead_blocks::run(m.functions.values_mut().nth(index).unwrap());
}

fn refcount(m: &mut Module, index: usize) {
    heron_opt::refcount::run(m.functions.values_mut().nth(index).unwrap());
}

#[test]
fn const_fold_arithmetic_and_branches() {
    let src =
        "def f(x):\n    y = 2 ** 10 + -3 * 4\n    if 1 < 2:\n        return y\n    return x\n";
    insta::assert_snapshot!(after(src, "f", const_fold));
}

#[test]
fn const_fold_leaves_raising_and_huge_operations() {
    let src = "def f():\n    a = 1 / 0\n    b = 10 ** 400\n    c = 1 << -1\n    d = 5 // 0\n    return a, b, c, d\n";
    insta::assert_snapshot!(after(src, "f", const_fold));
}

#[test]
fn dead_blocks_after_return_and_raise() {
    let src = "def f(x):\n    if x:\n        return 1\n    else:\n        raise ValueError\n    print('never')\n";
    insta::assert_snapshot!(after(src, "f", dead_blocks));
}

#[test]
fn dead_blocks_after_folding_a_constant_branch() {
    let src = "def f():\n    while True:\n        if 0:\n            print('no')\n        break\n    return 2\n";
    insta::assert_snapshot!(after(src, "f", |m, i| {
        const_fold(m, i);
        dead_blocks(m, i);
    }));
}

#[test]
fn refcount_straight_line() {
    let src = "def f(a, b):\n    c = a + b\n    print(c, a)\n    return c\n";
    insta::assert_snapshot!(after(src, "f", refcount));
}

#[test]
fn refcount_loop_and_reassignment() {
    let src = "def f(n):\n    total = 0\n    for i in range(n):\n        total = total + i\n    return total\n";
    insta::assert_snapshot!(after(src, "f", refcount));
}

#[test]
fn refcount_error_edges_and_handlers() {
    let src = "def f(d, k):\n    x = [1, 2]\n    try:\n        v = d[k] + len(x)\n    except KeyError as e:\n        v = str(e)\n    return v\n";
    insta::assert_snapshot!(after(src, "f", refcount));
}

#[test]
fn refcount_unpacking_takes_references() {
    let src = "def f(p):\n    a, b = p\n    a, b = b, a\n    return a\n";
    insta::assert_snapshot!(after(src, "f", refcount));
}

#[test]
fn full_pipeline_verifies_on_every_function() {
    let src = "import os\nx = [i * 2 for i in range(3) if i]\ndef g(*a, k=1, **kw):\n    with open(os.devnull) as fh:\n        for line in fh:\n            continue\n    return lambda: (a, k, kw)\n";
    let mut m = lower(src);
    heron_opt::optimize_with(&mut m, &heron_opt::Options { verify: true }).expect("verifies");
}
