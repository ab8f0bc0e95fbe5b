//! Byte-to-text decoding of a source file: BOM, PEP 263 coding declaration, codec, newlines.
//!
//! The rules (which lines may declare a coding, how the name is normalized, the messages) are
//! CPython 3.11's tokenizer's, as seen through `compile(bytes, path, "exec")`, which is how
//! CPython compiles every imported module.

use super::codecs::CODECS;
use crate::diagnostic::{Diagnostic, DiagnosticKind};

/// The codecs heron can decode itself.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    Latin1,
    Ascii,
    Cp1252,
}

/// Decodes `bytes` to text with `\n` newlines.
pub(super) fn decode_bytes(bytes: &[u8], path: &str) -> Result<String, Diagnostic> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let codec = match find_coding_spec(body) {
        None => Codec::Utf8,
        Some((spec, line)) => {
            let fail = |kind, msg: String| Err(diag_at_line(kind, msg, path, line, 0));
            if bom {
                if spec != "utf-8" {
                    return fail(
                        DiagnosticKind::SyntaxError,
                        format!("encoding problem: {spec} with BOM"),
                    );
                }
                Codec::Utf8
            } else if spec == "utf-8" {
                Codec::Utf8
            } else {
                match lookup_codec(&spec) {
                    None => {
                        return fail(
                            DiagnosticKind::SyntaxError,
                            format!("unknown encoding: {spec}"),
                        );
                    }
                    Some((_, false)) => {
                        return fail(
                            DiagnosticKind::SyntaxError,
                            format!(
                                "'{spec}' is not a text encoding; use codecs.decode() to handle arbitrary codecs"
                            ),
                        );
                    }
                    Some((module, true)) => match module {
                        "utf_8" | "utf_8_sig" => Codec::Utf8,
                        "latin_1" => Codec::Latin1,
                        "ascii" => Codec::Ascii,
                        "cp1252" => Codec::Cp1252,
                        _ => {
                            return fail(
                                DiagnosticKind::Unsupported,
                                format!(
                                    "source encoding '{spec}' is not supported by heron \
                                     (it reads utf-8, latin-1, ascii and cp1252)"
                                ),
                            );
                        }
                    },
                }
            }
        }
    };
    let text = match codec {
        Codec::Utf8 => decode_utf8(body, path)?,
        Codec::Latin1 => body.iter().map(|&b| char::from(b)).collect(),
        Codec::Ascii => decode_single_byte(
            body,
            path,
            |b| (b < 0x80).then_some(char::from(b)),
            |b, pos| {
                format!(
                    "'ascii' codec can't decode byte 0x{b:02x} in position {pos}: ordinal not in range(128)"
                )
            },
        )?,
        Codec::Cp1252 => decode_single_byte(body, path, cp1252_char, |b, pos| {
            format!(
                "'charmap' codec can't decode byte 0x{b:02x} in position {pos}: character maps to <undefined>"
            )
        })?,
    };
    if let Some(pos) = text.find('\0') {
        let line = text[..pos].matches('\n').count() as u32 + 1;
        return Err(diag_at_line(
            DiagnosticKind::SyntaxError,
            "source code cannot contain null bytes".to_string(),
            path,
            line,
            0,
        ));
    }
    Ok(normalize_newlines(text))
}

/// A diagnostic that has a line and column but no range in decoded text.
fn diag_at_line(
    kind: DiagnosticKind,
    message: String,
    path: &str,
    line: u32,
    col: u32,
) -> Diagnostic {
    Diagnostic {
        kind,
        message,
        path: path.to_string(),
        range: None,
        line,
        col,
    }
}

/// The normalized coding declaration and its 1-based line, if line 1 (or line 2 after a blank
/// or comment-only line 1) declares one.
fn find_coding_spec(body: &[u8]) -> Option<(String, u32)> {
    let mut lines = body.split_inclusive(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(spec) = coding_spec_in_line(first) {
        return Some((spec, 1));
    }
    if !is_blank_or_comment(first) {
        return None;
    }
    let second = lines.next()?;
    coding_spec_in_line(second).map(|spec| (spec, 2))
}

/// Whether a line holds nothing but whitespace and possibly a comment.
fn is_blank_or_comment(line: &[u8]) -> bool {
    for &b in line {
        match b {
            b'#' | b'\n' | b'\r' => return true,
            b' ' | b'\t' | b'\x0c' => {}
            _ => return false,
        }
    }
    true
}

/// The coding spec of one line: the line must be a comment (after optional whitespace)
/// containing `coding:` or `coding=`, then optional blanks, then `[A-Za-z0-9._-]+`.
fn coding_spec_in_line(line: &[u8]) -> Option<String> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let hash = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[hash] != b'#' {
        return None;
    }
    let mut i = hash;
    while i + 6 < line.len() {
        if &line[i..i + 6] == b"coding" && matches!(line[i + 6], b':' | b'=') {
            let mut j = i + 7;
            while j < line.len() && matches!(line[j], b' ' | b'\t') {
                j += 1;
            }
            let begin = j;
            while j < line.len()
                && (line[j].is_ascii_alphanumeric() || matches!(line[j], b'-' | b'_' | b'.'))
            {
                j += 1;
            }
            if j > begin {
                let raw = String::from_utf8_lossy(&line[begin..j]).into_owned();
                return Some(normal_name(&raw));
            }
        }
        i += 1;
    }
    None
}

/// CPython's `get_normal_name`: the utf-8 and latin-1 families get a canonical spelling
/// (looking at the first 12 characters, `_` read as `-`, case-insensitively); any other name is
/// kept as written.
fn normal_name(spec: &str) -> String {
    let buf: String = spec
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8".to_string()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&buf.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
            .iter()
            .any(|p| buf.starts_with(p))
    {
        "iso-8859-1".to_string()
    } else {
        spec.to_string()
    }
}

/// Python's codec lookup: lower-case, collapse punctuation runs to `_`, then the alias table.
/// Returns the codec module and whether it is a text encoding.
fn lookup_codec(spec: &str) -> Option<(&'static str, bool)> {
    let lowered = spec.to_ascii_lowercase();
    let mut norm = String::new();
    let mut punct = false;
    for c in lowered.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            norm.push(c);
            punct = false;
        } else {
            punct = true;
        }
    }
    let find = |name: &str| {
        CODECS
            .binary_search_by(|(n, _, _)| (*n).cmp(name))
            .ok()
            .map(|i| (CODECS[i].1, CODECS[i].2))
    };
    find(&norm).or_else(|| find(&norm.replace('.', "_")))
}

/// UTF-8 decoding with CPython's message for the first bad sequence.
fn decode_utf8(body: &[u8], path: &str) -> Result<String, Diagnostic> {
    match std::str::from_utf8(body) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let bad = e.valid_up_to();
            let line_start = body[..bad]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let line = body[..bad].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let (start, quote) = token_start(&body[line_start..bad]);
            let pos = bad - (start + line_start);
            // Where the token (CPython decodes token by token) ends.
            let ends = |b: u8| match quote {
                Some(q) => b == q || b == b'\n',
                None => ends_token(b),
            };
            let first = body[bad];
            let (len, reason) = match e.error_len() {
                None => (body.len() - bad, "unexpected end of data"),
                Some(n) => {
                    let next = body.get(bad + n).copied();
                    if !(0xc2..=0xf4).contains(&first) {
                        (1, "invalid start byte")
                    } else if n < utf8_len(first) && next.is_none_or(ends) {
                        (n, "unexpected end of data")
                    } else {
                        (n, "invalid continuation byte")
                    }
                }
            };
            let what = if len <= 1 {
                format!("byte 0x{first:02x} in position {pos}")
            } else {
                format!("bytes in position {pos}-{}", pos + len - 1)
            };
            Err(diag_at_line(
                DiagnosticKind::SyntaxError,
                format!("(unicode error) 'utf-8' codec can't decode {what}: {reason}"),
                path,
                line,
                (bad - line_start) as u32,
            ))
        }
    }
}

/// Length of the UTF-8 sequence a lead byte starts.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Whether a byte cannot continue the token a bad byte is in (CPython decodes token by token,
/// so a truncated sequence at the end of a token is "unexpected end of data").
fn ends_token(b: u8) -> bool {
    b < 0x80 && !(b.is_ascii_alphanumeric() || b == b'_')
}

/// Where the token containing the end of `prefix` starts, relative to `prefix`: after the
/// opening quote if the end is inside a string literal (then also the quote character), else
/// at the start of the current run of identifier bytes. An approximation of CPython's
/// per-token decoding, used only for the `position` in the message.
fn token_start(prefix: &[u8]) -> (usize, Option<u8>) {
    let mut i = 0;
    let mut string: Option<(u8, usize, usize)> = None; // (quote, quote count, body start)
    let mut run_start = 0;
    while i < prefix.len() {
        let b = prefix[i];
        match string {
            Some((q, n, _)) => {
                if b == b'\\' {
                    i += 2;
                    continue;
                }
                if b == q && (n == 1 || prefix[i..].starts_with(&[q, q, q])) {
                    i += n;
                    string = None;
                    run_start = i;
                    continue;
                }
            }
            None => {
                if b == b'#' {
                    return (prefix.len(), None);
                }
                if b == b'\'' || b == b'"' {
                    let n = if prefix[i..].starts_with(&[b, b, b]) {
                        3
                    } else {
                        1
                    };
                    string = Some((b, n, i + n));
                    i += n;
                    continue;
                }
                if !(b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80) {
                    run_start = i + 1;
                }
            }
        }
        i += 1;
    }
    match string {
        Some((q, _, body)) => (body.min(prefix.len()), Some(q)),
        None => (run_start.min(prefix.len()), None),
    }
}

/// Decodes with a single-byte codec; the message for an undecodable byte gets its absolute
/// position, as Python's codecs report it.
fn decode_single_byte(
    body: &[u8],
    path: &str,
    map: impl Fn(u8) -> Option<char>,
    message: impl Fn(u8, usize) -> String,
) -> Result<String, Diagnostic> {
    let mut out = String::with_capacity(body.len());
    for (pos, &b) in body.iter().enumerate() {
        match map(b) {
            Some(c) => out.push(c),
            None => {
                let line = body[..pos].iter().filter(|&&c| c == b'\n').count() as u32 + 1;
                return Err(diag_at_line(
                    DiagnosticKind::SyntaxError,
                    message(b, pos),
                    path,
                    line,
                    0,
                ));
            }
        }
    }
    Ok(out)
}

/// Windows-1252 as Python's `cp1252` codec maps it (five bytes are undefined).
fn cp1252_char(b: u8) -> Option<char> {
    const HIGH: [u16; 32] = [
        0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
        0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
    ];
    match b {
        0x80..=0x9f => match HIGH[usize::from(b - 0x80)] {
            0 => None,
            c => char::from_u32(u32::from(c)),
        },
        _ => Some(char::from(b)),
    }
}

/// `\r\n` and lone `\r` become `\n`.
fn normalize_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codec_lookup_knows_python_aliases() {
        assert_eq!(lookup_codec("latin1"), Some(("latin_1", true)));
        assert_eq!(lookup_codec("UTF8"), Some(("utf_8", true)));
        assert_eq!(lookup_codec("us-ascii"), Some(("ascii", true)));
        assert_eq!(lookup_codec("646"), Some(("ascii", true)));
        assert_eq!(lookup_codec("windows-1252"), Some(("cp1252", true)));
        assert_eq!(lookup_codec("rot13"), Some(("rot_13", false)));
        assert_eq!(lookup_codec("foobar"), None);
    }

    #[test]
    fn normal_names() {
        assert_eq!(normal_name("UTF_8"), "utf-8");
        assert_eq!(normal_name("utf-8-sig"), "utf-8");
        assert_eq!(normal_name("Latin-1"), "iso-8859-1");
        assert_eq!(normal_name("utf8"), "utf8");
    }

    #[test]
    fn token_starts() {
        assert_eq!(token_start(b"x = \""), (5, Some(b'"')));
        assert_eq!(token_start(b"x = 'ab"), (5, Some(b'\'')));
        assert_eq!(token_start(b"x = 1 + ab"), (8, None));
        assert_eq!(token_start(b""), (0, None));
    }
}
