//! Parsing entry points: `parse_suite`, `has_future_annotations`, positions, and re-decoding
//! string literals.

use heron_syntax::ast::{self, Expr, Stmt};
use heron_syntax::source::{has_future_annotations, parse_suite};
use heron_syntax::{DiagnosticKind, SourceFile, decode_string_literal, range_of};

fn suite(src: &str) -> Vec<Stmt> {
    parse_suite(&SourceFile::new("s.py", src.to_string()))
        .unwrap_or_else(|d| panic!("{}", d.render(None)))
}

#[test]
fn future_annotations_only_at_the_top() {
    assert!(has_future_annotations(&suite(
        "from __future__ import annotations\n"
    )));
    assert!(has_future_annotations(&suite(
        "'''doc'''\nfrom __future__ import division\nfrom __future__ import generator_stop, annotations\n"
    )));
    assert!(!has_future_annotations(&suite(
        "import os\nfrom __future__ import annotations\n"
    )));
    assert!(!has_future_annotations(&suite(
        "from __future__ import division\n"
    )));
    assert!(!has_future_annotations(&[]));
}

#[test]
fn parse_errors_carry_the_position() {
    let src = SourceFile::new("s.py", "x = 1\ny = (1 +\n".to_string());
    let d = parse_suite(&src).expect_err("a syntax error");
    assert_eq!(d.kind, DiagnosticKind::SyntaxError);
    assert_eq!(d.path, "s.py");
    assert!(d.line >= 2, "{d:?}");
}

#[test]
fn line_and_column() {
    let src = SourceFile::new("s.py", "ab\ncdé\nf".to_string());
    assert_eq!(src.line_col(0), (1, 0));
    assert_eq!(src.line_col(3), (2, 0));
    assert_eq!(src.line_col(6), (2, 3));
    assert_eq!(src.line_col(99), (3, 1));
    assert_eq!(src.line_text(2), "cdé");
    assert_eq!(src.line_count(), 3);
    assert_eq!(src.line_start(3), 8);
}

#[test]
fn surrogate_literals_are_recovered() {
    let text = "x = '\\ud800' 'a'\n";
    let body = suite(text);
    let Stmt::Assign(ast::StmtAssign { value, .. }) = &body[0] else {
        panic!("assign")
    };
    let Expr::Constant(c) = value.as_ref() else {
        panic!("constant")
    };
    assert_eq!(c.value, ast::Constant::Str("\u{fffd}a".to_string()));
    let src = SourceFile::new("s.py", text.to_string());
    assert_eq!(
        decode_string_literal(&src, range_of(value.as_ref())),
        Some(vec![0xd800, 0x61])
    );
}
