//! `unparse_expr` against the strings CPython 3.11 stores for annotations under
//! `from __future__ import annotations`.

mod common;

use heron_syntax::ast::{self, Stmt};
use heron_syntax::{parse_module, unparse_expr};

/// `(annotation source, CPython's string)`.
const CASES: &[(&str, &str)] = &[
    ("List[ int ]", "List[int]"),
    ("(int, str)", "(int, str)"),
    ("x[1:2, ::3]", "x[1:2, ::3]"),
    ("x[()]", "x[()]"),
    ("x[a,]", "x[a,]"),
    ("lambda *, k: 1", "lambda*, k: 1"),
    ("lambda: 0", "lambda: 0"),
    ("lambda *a: 0", "lambda*a: 0"),
    (
        "lambda x, /, y=2, *, z=3, **kw: 0",
        "lambda x, /, y=2, *, z=3, **kw: 0",
    ),
    ("lambda **kw: kw", "lambda**kw: kw"),
    ("1e16", "1e+16"),
    ("2.0j", "2j"),
    ("1e400", "1e309"),
    ("1.5e-5", "1.5e-05"),
    ("0.0001", "0.0001"),
    ("123456789012345680.0", "1.2345678901234568e+17"),
    ("f'{x!r:>{w}} {{}} {\"a\"}'", "f\"{x!r:>{w}} {{}} {'a'}\""),
    ("f'{ {1: 2}[1] }'", "f'{ {1: 2}[1]}'"),
    ("f'a' 'b' f'{c}'", "f'ab{c}'"),
    ("-(-1) ** 2", "-(-1) ** 2"),
    ("(-1) ** -2", "(-1) ** (-2)"),
    ("2 ** 3 ** 4", "2 ** 3 ** 4"),
    ("(2 ** 3) ** 4", "(2 ** 3) ** 4"),
    ("a - (b - c)", "a - (b - c)"),
    ("(a - b) - c", "a - b - c"),
    ("not a < b", "not a < b"),
    ("(not a) < b", "(not a) < b"),
    ("a < b < c", "a < b < c"),
    ("(a < b) < c", "(a < b) < c"),
    ("a and (b or c) and not d", "a and (b or c) and not d"),
    ("1 .real", "1 .real"),
    ("1.5.real", "1.5.real"),
    ("u'x'", "u'x'"),
    ("...", "..."),
    ("'a\\'\"b'", "'a\\'\"b'"),
    ("b'\\x00\\xff\\''", "b\"\\x00\\xff'\""),
    ("{**a, 'b': 1}", "{**a, 'b': 1}"),
    ("{1, 2}", "{1, 2}"),
    ("f(x for x in y)", "f(x for x in y)"),
    ("f((x for x in y), z)", "f((x for x in y), z)"),
    ("f(*a, b=1, **c)", "f(*a, b=1, **c)"),
    (
        "[x async for x in y if x if not x]",
        "[x async for x in y if x if not x]",
    ),
    ("{k: v for k, v in d}", "{k: v for k, v in d}"),
    ("[a for (b, c) in d]", "[a for b, c in d]"),
    ("(a if b else c) if d else e", "(a if b else c) if d else e"),
    ("a if (b if c else d) else e", "a if (b if c else d) else e"),
    ("lambda: (yield)", "lambda: (yield)"),
    (
        "'\\u200b\\xad\\n\\x7f\u{e9}'",
        "'\\u200b\\xad\\n\\x7f\u{e9}'",
    ),
    ("\"it's\"", "\"it's\""),
    (
        "a | b & c ^ d << e + f * g @ h",
        "a | b & c ^ d << e + f * g @ h",
    ),
    ("(a | b) & c", "(a | b) & c"),
    ("~a + +b - -c", "~a + +b - -c"),
    ("[*a, *b]", "[*a, *b]"),
    ("None | True | False", "None | True | False"),
    (
        "123456789012345678901234567890",
        "123456789012345678901234567890",
    ),
    ("0x_ff", "255"),
    ("'a' 'b'", "'ab'"),
    ("x[a:b]", "x[a:b]"),
    ("x[:]", "x[:]"),
    ("x[::]", "x[:]"),
    ("Callable[[int], str]", "Callable[[int], str]"),
    ("'Forward'", "'Forward'"),
];

fn annotations(src: &str) -> Vec<String> {
    let m = parse_module(src.as_bytes(), "a.py").unwrap_or_else(|d| panic!("{}", d.render(None)));
    m.body
        .iter()
        .filter_map(|s| match s {
            Stmt::AnnAssign(ast::StmtAnnAssign { annotation, .. }) => {
                Some(unparse_expr(annotation))
            }
            _ => None,
        })
        .collect()
}

fn module_source() -> String {
    let mut src = String::from("from __future__ import annotations\n");
    for (i, (e, _)) in CASES.iter().enumerate() {
        src.push_str(&format!("x{i}: {e}\n"));
    }
    src
}

#[test]
fn unparsed_annotations() {
    let ours = annotations(&module_source());
    assert_eq!(ours.len(), CASES.len());
    for ((src, expected), got) in CASES.iter().zip(&ours) {
        assert_eq!(got, expected, "annotation {src}");
    }
}

const ORACLE: &str = r#"
import sys
ns = {}
exec(compile(open(sys.argv[1], encoding='utf-8').read(), 'a.py', 'exec'), ns)
for v in ns['__annotations__'].values():
    print(v.encode('utf-8').hex())
"#;

#[test]
fn unparsed_annotations_match_cpython() {
    let Some(python) = common::python311() else {
        return;
    };
    let path = std::env::temp_dir().join(format!("heron-unparse-{}.py", std::process::id()));
    std::fs::write(&path, module_source()).expect("temp file");
    let out = common::run_python(&python, ORACLE, &[&path.to_string_lossy()]);
    let _ = std::fs::remove_file(&path);
    let theirs: Vec<String> = out
        .lines()
        .map(|h| {
            let bytes: Vec<u8> = (0..h.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap_or(0))
                .collect();
            String::from_utf8(bytes).expect("utf-8")
        })
        .collect();
    let expected: Vec<&str> = CASES.iter().map(|(_, e)| *e).collect();
    assert_eq!(theirs, expected, "the expectations in CASES are CPython's");
}
