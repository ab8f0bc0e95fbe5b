//! Source decoding: BOM, PEP 263 coding declarations, codecs, newlines, and the messages of
//! decoding errors (checked against CPython's `compile(bytes)` where it is available).

mod common;

use heron_syntax::{DiagnosticKind, SourceFile};

fn text(bytes: &[u8]) -> String {
    match SourceFile::decode(bytes, "t.py") {
        Ok(s) => s.text,
        Err(d) => panic!("{bytes:?}: {}", d.render(None)),
    }
}

fn error(bytes: &[u8]) -> (DiagnosticKind, String, u32) {
    match SourceFile::decode(bytes, "t.py") {
        Ok(s) => panic!("{bytes:?} decoded to {:?}", s.text),
        Err(d) => (d.kind, d.message, d.line),
    }
}

#[test]
fn utf8_bom_is_dropped() {
    assert_eq!(text(b"\xef\xbb\xbfx = 1\n"), "x = 1\n");
    assert_eq!(
        text(b"\xef\xbb\xbf# coding: utf-8\nx = 1\n"),
        "# coding: utf-8\nx = 1\n"
    );
}

#[test]
fn coding_declarations_select_the_codec() {
    assert_eq!(
        text(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n"),
        "# -*- coding: latin-1 -*-\nx = '\u{e9}'\n"
    );
    assert_eq!(
        text(b"#!/usr/bin/env python\n# vim: set fileencoding=ISO_8859_1 :\n'\xe9'\n")
            .lines()
            .nth(2),
        Some("'\u{e9}'")
    );
    assert_eq!(
        text(b"# coding=latin1\n'\xff'\n"),
        "# coding=latin1\n'\u{ff}'\n"
    );
    assert_eq!(
        text(b"# coding: ascii\nx = 1\n"),
        "# coding: ascii\nx = 1\n"
    );
    assert_eq!(
        text(b"# coding: cp1252\n'\x80'\n"),
        "# coding: cp1252\n'\u{20ac}'\n"
    );
    assert_eq!(
        text(b"# coding: utf8\n'\xc3\xa9'\n"),
        "# coding: utf8\n'\u{e9}'\n"
    );
    assert_eq!(
        text(b"# coding: UTF_8_sig\nx\n"),
        "# coding: UTF_8_sig\nx\n"
    );
}

#[test]
fn coding_declarations_only_count_on_the_first_two_lines() {
    // Line 1 is code: line 2 is not looked at, the file stays UTF-8.
    assert_eq!(
        text(b"x = 1\n# coding: foobar\n"),
        "x = 1\n# coding: foobar\n"
    );
    assert_eq!(text(b"\n\n# coding: foobar\n"), "\n\n# coding: foobar\n");
    // Not a comment.
    assert_eq!(text(b"x = 'coding: foobar'\n"), "x = 'coding: foobar'\n");
}

#[test]
fn newlines_are_normalized() {
    assert_eq!(
        text(b"x = 1\r\ny = '''a\r\nb'''\rz = 3"),
        "x = 1\ny = '''a\nb'''\nz = 3"
    );
}

#[test]
fn null_bytes_are_rejected() {
    let (kind, message, line) = error(b"x = 1\ny = 2\0\n");
    assert_eq!(
        (kind, message.as_str(), line),
        (
            DiagnosticKind::SyntaxError,
            "source code cannot contain null bytes",
            2
        )
    );
}

#[test]
fn codecs_heron_cannot_decode_are_unsupported() {
    let (kind, message, line) = error(b"\n# coding: shift_jis\nx = 1\n");
    assert_eq!(kind, DiagnosticKind::Unsupported);
    assert!(message.contains("'shift_jis'"), "{message}");
    assert_eq!(line, 2);
}

/// `(bytes, CPython's message)` for sources `compile(bytes)` rejects while decoding.
const DECODE_ERRORS: &[(&[u8], &str)] = &[
    (
        b"# -*- coding: foobar -*-\nx = 1\n",
        "unknown encoding: foobar",
    ),
    (b"\n# coding: foo\nprint(2)\n", "unknown encoding: foo"),
    (
        b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
        "encoding problem: iso-8859-1 with BOM",
    ),
    (
        b"\xef\xbb\xbf# coding: ascii\nx = 1\n",
        "encoding problem: ascii with BOM",
    ),
    (
        b"# coding: rot13\nx = 1\n",
        "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
    ),
    (
        b"x = 1\n\xff = 2\n",
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    ),
    (
        b"x = \"\xc3\x28\"\n",
        "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte",
    ),
    (
        b"x = 'ab\xff'\n",
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte",
    ),
    (
        b"x = \"ab\xe2\x82\"\n",
        "(unicode error) 'utf-8' codec can't decode bytes in position 2-3: unexpected end of data",
    ),
    (
        b"x = 1 + ab\xff\n",
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte",
    ),
    (
        b"# coding: utf-8\nx = 'ab\xff'\n",
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte",
    ),
    (
        b"# coding: ascii\nx = \"\xc3\xa9\"\n",
        "'ascii' codec can't decode byte 0xc3 in position 21: ordinal not in range(128)",
    ),
    (
        b"# coding: cp1252\nx = \"ab\x81\"\n",
        "'charmap' codec can't decode byte 0x81 in position 24: character maps to <undefined>",
    ),
];

#[test]
fn decode_error_messages() {
    for (bytes, message) in DECODE_ERRORS {
        let (kind, ours, _) = error(bytes);
        assert_eq!(kind, DiagnosticKind::SyntaxError, "{bytes:?}");
        assert_eq!(&ours, message, "{bytes:?}");
    }
}

#[test]
fn error_lines() {
    assert_eq!(error(b"x = 1\n\xff = 2\n").2, 2);
    assert_eq!(error(b"\n# coding: foo\n").2, 2);
}

/// Prints the SyntaxError message `compile(bytes)` gives for each hex-encoded source.
const ORACLE: &str = r#"
import sys
for arg in sys.argv[1:]:
    try:
        compile(bytes.fromhex(arg), 't.py', 'exec')
        print('OK')
    except SyntaxError as e:
        print(e.msg)
"#;

#[test]
fn decode_errors_match_cpython() {
    let Some(python) = common::python311() else {
        return;
    };
    let hex: Vec<String> = DECODE_ERRORS
        .iter()
        .map(|(b, _)| b.iter().map(|x| format!("{x:02x}")).collect())
        .collect();
    let args: Vec<&str> = hex.iter().map(String::as_str).collect();
    let out = common::run_python(&python, ORACLE, &args);
    let expected: Vec<&str> = DECODE_ERRORS.iter().map(|(_, m)| *m).collect();
    assert_eq!(out.lines().collect::<Vec<_>>(), expected);
}
