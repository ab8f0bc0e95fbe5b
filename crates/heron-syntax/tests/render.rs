//! Rendering of diagnostics: the header line and the code frame.

use heron_syntax::{Diagnostic, DiagnosticKind, SourceFile, parse_module};

fn rendered(src: &str) -> String {
    let d = parse_module(src.as_bytes(), "pkg/mod.py")
        .err()
        .expect("an error");
    let file = SourceFile::decode(src.as_bytes(), "pkg/mod.py").expect("decodes");
    d.render(Some(&file))
}

#[test]
fn render_scope_error() {
    insta::assert_snapshot!(rendered("def f():\n    x = 1\n    global x\n"));
}

#[test]
fn render_walrus_error_after_wide_characters() {
    insta::assert_snapshot!(rendered("é = [(ü := 1) for ü in range(3)]\n"));
}

#[test]
fn render_parse_error() {
    insta::assert_snapshot!(rendered("def f(:\n    pass\n"));
}

#[test]
fn render_with_tabs_and_multiline_range() {
    insta::assert_snapshot!(rendered("def f():\n\tx = 1\n\tglobal x, \\\n\t\ty\n"));
}

#[test]
fn render_without_source_is_one_line() {
    let file = SourceFile::new("a.py", "x = 1\n".to_string());
    let d = Diagnostic::at(
        DiagnosticKind::Unsupported,
        "class is not supported yet",
        &file,
        4,
        5,
    );
    assert_eq!(
        d.render(None),
        "a.py:1:5: error: class is not supported yet"
    );
    let d = Diagnostic { line: 7, ..d };
    assert_eq!(
        d.render(Some(&file)),
        "a.py:7:5: error: class is not supported yet"
    );
}
