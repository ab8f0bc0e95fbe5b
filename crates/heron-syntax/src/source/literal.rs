//! Re-decoding `str` literals from their source text.
//!
//! rustpython stores a string constant's value as a Rust `String`, which cannot hold lone
//! surrogates: `'\ud800'` comes out as U+FFFD. CPython keeps the surrogate. When a parsed value
//! contains U+FFFD, lowering re-decodes the literal here to get the real code points.

use super::SourceFile;

/// The value of the `str` literal (or implicitly concatenated `str` literals) spanning `range`
/// of `src`, as code points, with lone surrogates kept as CPython keeps them.
///
/// Returns `None` when the text is not made only of plain (non-f, non-bytes) string literals,
/// or uses a `\N{...}` escape (heron has no Unicode name table here): the caller then keeps the
/// parser's value.
pub fn decode_string_literal(src: &SourceFile, range: (usize, usize)) -> Option<Vec<u32>> {
    let text = src.text.get(range.0..range.1)?.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut any = false;
    while i < text.len() {
        match text[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'(' | b')' => i += 1,
            b'\\' if text.get(i + 1) == Some(&b'\n') => i += 2,
            b'#' => {
                while i < text.len() && text[i] != b'\n' {
                    i += 1;
                }
            }
            _ => {
                i = literal(text, i, &mut out)?;
                any = true;
            }
        }
    }
    any.then_some(out)
}

/// Decodes one literal starting at `i` (its prefix); returns the offset after it.
fn literal(text: &[u8], mut i: usize, out: &mut Vec<u32>) -> Option<usize> {
    let mut raw = false;
    while i < text.len() && text[i].is_ascii_alphabetic() {
        match text[i].to_ascii_lowercase() {
            b'r' => raw = true,
            b'u' => {}
            _ => return None, // b, f or junk
        }
        i += 1;
    }
    let quote = *text.get(i)?;
    if quote != b'\'' && quote != b'"' {
        return None;
    }
    let n = if text[i..].starts_with(&[quote, quote, quote]) {
        3
    } else {
        1
    };
    i += n;
    let body_start = i;
    let s = std::str::from_utf8(text).ok()?;
    loop {
        let c = *text.get(i)?;
        if c == quote && (n == 1 || text[i..].starts_with(&[quote, quote, quote])) {
            decode_body(s.get(body_start..i)?, raw, out)?;
            return Some(i + n);
        }
        i += if c == b'\\' { 2 } else { 1 };
    }
}

/// Decodes the backslash escapes of a (non-raw) string fragment: used for f-string format
/// specs, which rustpython-parser leaves undecoded. `None` for an invalid escape.
pub fn decode_escapes(body: &str) -> Option<Vec<u32>> {
    let mut out = Vec::with_capacity(body.len());
    decode_body(body, false, &mut out)?;
    Some(out)
}

/// Decodes a literal's body (between the quotes).
fn decode_body(body: &str, raw: bool, out: &mut Vec<u32>) -> Option<()> {
    if raw {
        out.extend(body.chars().map(u32::from));
        return Some(());
    }
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(u32::from(c));
            continue;
        }
        let Some(e) = chars.next() else {
            out.push(u32::from('\\'));
            break;
        };
        match e {
            '\n' => {}
            '\\' | '\'' | '"' => out.push(u32::from(e)),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(10),
            'r' => out.push(13),
            't' => out.push(9),
            'v' => out.push(11),
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                for _ in 0..2 {
                    match chars.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(v);
            }
            'x' => out.push(hex(&mut chars, 2)?),
            'u' => out.push(hex(&mut chars, 4)?),
            'U' => {
                let v = hex(&mut chars, 8)?;
                if v > 0x10ffff {
                    return None;
                }
                out.push(v);
            }
            'N' => return None,
            other => {
                out.push(u32::from('\\'));
                out.push(u32::from(other));
            }
        }
    }
    Some(())
}

/// Exactly `n` hex digits.
fn hex(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, n: usize) -> Option<u32> {
    let mut v = 0;
    for _ in 0..n {
        v = v * 16 + chars.next()?.to_digit(16)?;
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Option<Vec<u32>> {
        let src = SourceFile::new("t.py", s.to_string());
        decode_string_literal(&src, (0, s.len()))
    }

    #[test]
    fn surrogates_survive() {
        assert_eq!(dec(r"'\ud800'"), Some(vec![0xd800]));
        assert_eq!(dec(r"'a\U0001F600' u'\x41'"), Some(vec![97, 0x1f600, 0x41]));
        assert_eq!(dec("'''a\nb'''"), Some(vec![97, 10, 98]));
        assert_eq!(
            dec(r"r'\ud800'"),
            Some("\\ud800".chars().map(u32::from).collect())
        );
        assert_eq!(dec(r"'\101\q'"), Some(vec![65, 92, 113]));
    }

    #[test]
    fn refuses_what_it_cannot_decode() {
        assert_eq!(dec(r"b'x'"), None);
        assert_eq!(dec(r"f'x'"), None);
        assert_eq!(dec(r"'\N{DASH}'"), None);
        assert_eq!(dec("x"), None);
    }
}
