//! Syntax errors found by scope analysis and by the parser: heron's message must be CPython's,
//! and (for scope errors) so must the reported line and column, checked against `compile()`.

mod common;

use heron_syntax::{Diagnostic, DiagnosticKind, parse_module};

/// `(source, CPython's message)` for errors raised by scope analysis.
const SCOPE_ERRORS: &[(&str, &str)] = &[
    (
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
    ),
    (
        "def f(x):\n    nonlocal x\n",
        "name 'x' is parameter and nonlocal",
    ),
    (
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
    ),
    (
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
    ),
    (
        "x = 1\ndef f():\n    def g():\n        nonlocal x\n",
        "no binding for nonlocal 'x' found",
    ),
    (
        "def f():\n    x = 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
    ),
    (
        "def f():\n    for x in y: pass\n    global x\n",
        "name 'x' is assigned to before global declaration",
    ),
    (
        "def f():\n    def x(): pass\n    global x\n",
        "name 'x' is assigned to before global declaration",
    ),
    (
        "def f(): x += 1; global x\n",
        "name 'x' is assigned to before global declaration",
    ),
    (
        "def f(): del x; global x\n",
        "name 'x' is assigned to before global declaration",
    ),
    (
        "def f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
    ),
    (
        "x = 1\nglobal x\n",
        "name 'x' is assigned to before global declaration",
    ),
    (
        "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
        "name 'x' is assigned to before nonlocal declaration",
    ),
    (
        "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
        "name 'x' is used prior to nonlocal declaration",
    ),
    (
        "def f():\n    x: int\n    global x\n",
        "annotated name 'x' can't be global",
    ),
    (
        "def f():\n    global x\n    x: int\n",
        "annotated name 'x' can't be global",
    ),
    (
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2\n",
        "annotated name 'x' can't be nonlocal",
    ),
    (
        "def f():\n    global x\n    nonlocal x\n",
        "name 'x' is nonlocal and global",
    ),
    (
        "def f():\n    from m import *\n",
        "import * only allowed at module level",
    ),
    (
        "class C:\n    from m import *\n",
        "import * only allowed at module level",
    ),
    (
        "class C:\n    [y := 1 for x in z]\n",
        "assignment expression within a comprehension cannot be used in a class body",
    ),
    (
        "[x := 1 for x in y]\n",
        "assignment expression cannot rebind comprehension iteration variable 'x'",
    ),
    (
        "def f():\n    [[(y := 1) for y in z] for _ in w]\n",
        "assignment expression cannot rebind comprehension iteration variable 'y'",
    ),
    (
        "[[(x := 1) for y in z] for x in w]\n",
        "assignment expression cannot rebind comprehension iteration variable 'x'",
    ),
    (
        "[i for i in range(5) if (j := 0) for j in range(5)]\n",
        "comprehension inner loop cannot rebind assignment expression target 'j'",
    ),
    (
        "[x for x in (y := z)]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
    ),
    (
        "[x for x in y for z in (w := y)]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
    ),
    (
        "[x for x in (lambda: (y := 1))()]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
    ),
    (
        "def f():\n    return [(yield) for x in y]\n",
        "'yield' inside list comprehension",
    ),
    (
        "def f():\n    return {(yield) for x in y}\n",
        "'yield' inside set comprehension",
    ),
    (
        "def f():\n    return {(yield): 1 for x in y}\n",
        "'yield' inside dict comprehension",
    ),
    (
        "def f():\n    return ((yield from x) for x in y)\n",
        "'yield' inside generator expression",
    ),
    (
        "from __future__ import annotations\nx: (y := 1)\n",
        "'named expression' can not be used within an annotation",
    ),
    (
        "from __future__ import annotations\ndef f(a: (yield)): pass\n",
        "'yield expression' can not be used within an annotation",
    ),
    (
        "from __future__ import annotations\nasync def f() -> (await x): pass\n",
        "'await expression' can not be used within an annotation",
    ),
];

/// Sources CPython accepts although they look close to an error above.
const NOT_ERRORS: &[&str] = &[
    "def f():\n    import x\n    global x\n",
    "class C:\n    def m(self):\n        nonlocal __class__\n",
    "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n",
    "def f():\n    global x\n    x = 1\n",
    "lambda: (yield)\n",
    "def f():\n    return [lambda: (y := 1) for x in z]\n",
    "class C:\n    (x := 1)\n",
    "x: (y := 1)\n",
    "def f():\n    return [[(y := 1) for _ in z] for x in w]\n",
];

fn error_of(src: &str) -> Diagnostic {
    match parse_module(src.as_bytes(), "e.py") {
        Ok(_) => panic!("no error for {src:?}"),
        Err(d) => d,
    }
}

#[test]
fn scope_error_messages() {
    for (src, message) in SCOPE_ERRORS {
        let d = error_of(src);
        assert_eq!(d.kind, DiagnosticKind::SyntaxError, "{src:?}");
        assert_eq!(&d.message, message, "{src:?}");
    }
}

#[test]
fn close_calls_are_accepted() {
    for src in NOT_ERRORS {
        if let Err(d) = parse_module(src.as_bytes(), "ok.py") {
            panic!("{src:?} was rejected: {}", d.render(None));
        }
    }
}

/// Prints `message|line|offset` of the SyntaxError `compile` raises for each source.
const ORACLE: &str = r#"
import sys
for src in sys.argv[1:]:
    try:
        compile(src, 'e.py', 'exec')
        print('OK')
    except SyntaxError as e:
        print(f'{e.msg}|{e.lineno}|{e.offset}')
"#;

#[test]
fn scope_errors_match_cpython() {
    let Some(python) = common::python311() else {
        return;
    };
    let mut sources: Vec<&str> = SCOPE_ERRORS.iter().map(|(s, _)| *s).collect();
    sources.extend(NOT_ERRORS);
    let out = common::run_python(&python, ORACLE, &sources);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), sources.len());
    let mut failures = Vec::new();
    for (src, expected) in sources.iter().zip(lines) {
        let ours = match parse_module(src.as_bytes(), "e.py") {
            Ok(_) => "OK".to_string(),
            Err(d) => format!("{}|{}|{}", d.message, d.line, d.col + 1),
        };
        if ours != expected {
            failures.push(format!("{src:?}\n  CPython: {expected}\n  heron:   {ours}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn duplicate_parameters() {
    for src in [
        "def f(a, a): pass\n",
        "lambda a, *, a: 1\n",
        "class C:\n    def m(__a, __a): pass\n",
    ] {
        let d = error_of(src);
        assert_eq!(d.kind, DiagnosticKind::SyntaxError);
        assert!(
            d.message.starts_with("duplicate argument '"),
            "{src:?}: {}",
            d.message
        );
        assert!(
            d.message.ends_with("' in function definition"),
            "{src:?}: {}",
            d.message
        );
    }
}

#[test]
fn parse_error_messages() {
    let cases = [
        ("x = = 1\n", "invalid syntax", 1),
        ("x = 1\n  y = 2\n", "unexpected indent", 2),
        ("if x:\npass\n", "expected an indented block", 2),
        ("x = 1 €\n", "invalid character '€' (U+20AC)", 1),
        ("type X = int\n", "invalid syntax", 1),
        ("def f[T](x): pass\n", "invalid syntax", 1),
    ];
    for (src, message, line) in cases {
        let d = error_of(src);
        assert_eq!(d.kind, DiagnosticKind::SyntaxError, "{src:?}");
        assert_eq!((d.message.as_str(), d.line), (message, line), "{src:?}");
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // CPython compiles 2900 nested additions and gives up (RecursionError) at 3500. Run on a
    // thread with a small stack: the analysis must not depend on the caller's stack size.
    let ok = format!("x = {}\n", vec!["1"; 2900].join(" + "));
    let deep = format!("x = {}\n", vec!["1"; 5000].join(" + "));
    let handle = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            let fine = parse_module(ok.as_bytes(), "d.py").err().map(|d| d.message);
            let bad = parse_module(deep.as_bytes(), "d.py")
                .err()
                .map(|d| (d.kind, d.message));
            (fine, bad)
        })
        .expect("thread");
    let (fine, bad) = handle.join().expect("no stack overflow");
    assert_eq!(fine, None);
    assert_eq!(
        bad,
        Some((
            DiagnosticKind::Unsupported,
            "maximum recursion depth exceeded during compilation".to_string()
        ))
    );
}
