//! Python's `repr` of the constants an expression can contain: `str`, `bytes`, `float`,
//! `complex`. Unparsing writes constants this way, as CPython does.

use std::fmt::Write;

/// `repr(s)` for a `str`: single quotes unless the text has `'` and no `"`; non-printable
/// characters escaped as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub(super) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c => {
                let v = c as u32;
                let _ = if v < 0x100 {
                    write!(out, "\\x{v:02x}")
                } else if v < 0x10000 {
                    write!(out, "\\u{v:04x}")
                } else {
                    write!(out, "\\U{v:08x}")
                };
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(b)` for `bytes`.
pub(super) fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(quote));
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(char::from(c));
            }
            c if !(0x20..0x7f).contains(&c) => {
                let _ = write!(out, "\\x{c:02x}");
            }
            c => out.push(char::from(c)),
        }
    }
    out.push(char::from(quote));
    out
}

/// Python's `str.isprintable` for one non-ASCII character, without Unicode tables: false for
/// control characters, separators other than the space, the common format characters,
/// private-use characters and noncharacters. (Unassigned code points count as printable here;
/// CPython escapes them.)
fn is_printable(c: char) -> bool {
    let v = c as u32;
    if c.is_control() || (c.is_whitespace() && c != ' ') {
        return false;
    }
    let format = matches!(
        v,
        0xad | 0x600..=0x605
            | 0x61c
            | 0x6dd
            | 0x70f
            | 0x8e2
            | 0x180e
            | 0x200b..=0x200f
            | 0x202a..=0x202e
            | 0x2060..=0x2064
            | 0x2066..=0x206f
            | 0xfeff
            | 0xfff9..=0xfffb
            | 0x110bd
            | 0x110cd
            | 0x13430..=0x1343f
            | 0x1bca0..=0x1bca3
            | 0x1d173..=0x1d17a
            | 0xe0001
            | 0xe0020..=0xe007f
    );
    let private = matches!(v, 0xe000..=0xf8ff | 0xf0000..=0x10ffff);
    let nonchar = (0xfdd0..=0xfdef).contains(&v) || v & 0xfffe == 0xfffe;
    !(format || private || nonchar)
}

/// `repr(x)` for a float: the shortest digits that round-trip, in fixed notation when the
/// decimal exponent is in `-4..16` (with `.0` for integral values), else `1.5e+16` style.
/// Infinity is written `1e309`, as CPython's unparser does so the text evaluates back.
pub(super) fn float_repr(x: f64) -> String {
    float_text(x, true)
}

/// `repr(complex(0, imag))` as unparsed: `2j`, `1.5j`, `1e+16j` (no `.0`).
pub(super) fn imag_repr(imag: f64) -> String {
    format!("{}j", float_text(imag, false))
}

/// `repr(complex(real, imag))` for a non-zero real part (only folded constants have one).
pub(super) fn complex_repr(real: f64, imag: f64) -> String {
    let sign = if imag.is_sign_negative() && !imag.is_nan() {
        "-"
    } else {
        "+"
    };
    format!(
        "({}{sign}{}j)",
        float_text(real, false),
        float_text(imag.abs(), false)
    )
}

fn float_text(x: f64, point_zero: bool) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 {
            "-1e309".to_string()
        } else {
            "1e309".to_string()
        };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    // Rust's `{:e}` gives the shortest round-tripping digits: `d.ddde<exp>`.
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let body = if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        if exp < 0 {
            format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
        } else if exp + 1 >= n {
            let int = format!("{digits}{}", "0".repeat((exp + 1 - n) as usize));
            if point_zero { format!("{int}.0") } else { int }
        } else {
            let (int, frac) = digits.split_at((exp + 1) as usize);
            format!("{int}.{frac}")
        }
    } else {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        let mant = if rest.is_empty() {
            first.to_string()
        } else {
            format!("{first}.{rest}")
        };
        format!("{mant}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats() {
        let cases = [
            (1e16, "1e+16"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (1e22, "1e+22"),
            (2.0, "2.0"),
            (0.1, "0.1"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (123.456, "123.456"),
            (1e15, "1000000000000000.0"),
            (f64::INFINITY, "1e309"),
        ];
        for (x, s) in cases {
            assert_eq!(float_repr(x), s, "{x}");
        }
        assert_eq!(imag_repr(2.0), "2j");
        assert_eq!(imag_repr(1.5), "1.5j");
        assert_eq!(imag_repr(f64::INFINITY), "1e309j");
    }

    #[test]
    fn strings() {
        assert_eq!(str_repr("a'\"b"), r#"'a\'"b'"#);
        assert_eq!(str_repr("it's"), r#""it's""#);
        assert_eq!(
            str_repr("\u{200b}\u{ad}\n\x7f\u{e9}"),
            r"'\u200b\xad\n\x7fé'"
        );
        assert_eq!(bytes_repr(b"\x00\xff'"), r#"b"\x00\xff'""#);
    }
}
