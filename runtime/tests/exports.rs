//! Checks that the runtime exports every helper of `heron_ir::runtime_table` and every
//! intrinsic of `heron_ir::abi`, with a C signature matching the table row.
//!
//! The check reads the runtime's sources: each symbol must be defined exactly once as
//! `#[unsafe(no_mangle)] pub unsafe extern "C" fn <symbol>(...)`, with one `*mut PyObject` per
//! `Object` parameter, an `i64` per `Int` parameter, `(items, n)` appended for variadic rows, and
//! the return type the row's `RetKind` implies. All problems are reported at once.

use heron_ir::{Param, RetKind, RtFunc, abi};
use std::collections::HashMap;
use std::path::Path;

/// One exported function found in the sources.
struct Export {
    file: String,
    params: Vec<String>,
    ret: String,
}

fn collect_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs")
            && let Ok(text) = std::fs::read_to_string(&p)
        {
            out.push((p.display().to_string(), text));
        }
    }
}

/// Splits a parameter list at top-level commas.
fn split_params(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' | '<' | '[' => depth += 1,
            ')' | '>' | ']' => depth -= 1,
            _ => {}
        }
        if c == ',' && depth == 0 {
            out.push(cur.trim().to_string());
            cur.clear();
        } else {
            cur.push(c);
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

fn normalize(ty: &str) -> String {
    ty.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("std::ffi::", "")
        .replace("core::ffi::", "")
}

fn find_exports() -> HashMap<String, Vec<Export>> {
    let mut sources = Vec::new();
    collect_sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut sources,
    );
    let mut found: HashMap<String, Vec<Export>> = HashMap::new();
    for (file, text) in &sources {
        let mut rest = text.as_str();
        while let Some(i) = rest.find("#[unsafe(no_mangle)]") {
            rest = &rest[i + "#[unsafe(no_mangle)]".len()..];
            let Some(fn_at) = rest.find("extern \"C\" fn ") else {
                break;
            };
            let after = &rest[fn_at + "extern \"C\" fn ".len()..];
            let Some(open) = after.find('(') else {
                continue;
            };
            let name = after[..open].trim().to_string();
            // Find the matching close paren.
            let mut depth = 0;
            let mut close = None;
            for (k, c) in after[open..].char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            close = Some(open + k);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let Some(close) = close else { continue };
            let params = split_params(&after[open + 1..close])
                .into_iter()
                .map(|p| normalize(p.split_once(':').map(|(_, t)| t).unwrap_or("")))
                .collect();
            let tail = &after[close + 1..];
            let sig_end = tail.find('{').unwrap_or(tail.len());
            let ret = normalize(tail[..sig_end].trim().trim_start_matches("->").trim());
            found.entry(name).or_default().push(Export {
                file: file.clone(),
                params,
                ret,
            });
        }
    }
    found
}

const OBJ: &str = "*mut PyObject";

fn expected_params(params: &[Param], variadic: bool) -> Vec<String> {
    let mut v: Vec<String> = params
        .iter()
        .map(|p| match p {
            Param::Object => OBJ.to_string(),
            Param::Int => "i64".to_string(),
        })
        .collect();
    if variadic {
        v.push("*const *mut PyObject".to_string());
        v.push("i64".to_string());
    }
    v
}

fn expected_ret(r: RetKind) -> &'static str {
    match r {
        RetKind::Void => "",
        RetKind::Object | RetKind::BorrowedObject => OBJ,
        RetKind::Bool => "c_int",
        RetKind::Int => "i64",
    }
}

#[test]
fn site_caches_fit_their_slot() {
    let slot = abi::SITE_CACHE_SIZE as usize;
    assert!(std::mem::size_of::<heron_runtime::attr_cache::SiteCache>() <= slot);
    assert!(std::mem::size_of::<heron_runtime::namespace::GlobalCache>() <= slot);
}

#[test]
fn every_symbol_is_exported_with_the_table_signature() {
    let found = find_exports();
    let mut problems = Vec::new();
    let mut check = |symbol: &str, params: Vec<String>, ret: &str| match found.get(symbol) {
        None => problems.push(format!("missing: {symbol}")),
        Some(defs) if defs.len() > 1 => {
            let files: Vec<_> = defs.iter().map(|d| d.file.as_str()).collect();
            problems.push(format!(
                "defined {} times: {symbol} ({})",
                defs.len(),
                files.join(", ")
            ));
        }
        Some(defs) => {
            let d = &defs[0];
            if d.params != params {
                problems.push(format!(
                    "{symbol} ({}): parameters {:?}, table says {:?}",
                    d.file, d.params, params
                ));
            }
            if d.ret != ret {
                problems.push(format!(
                    "{symbol} ({}): returns `{}`, table says `{}`",
                    d.file, d.ret, ret
                ));
            }
        }
    };
    for f in RtFunc::all() {
        let sig = f.sig();
        let mut params = expected_params(sig.params, sig.variadic);
        if f == RtFunc::MakeFunction {
            params.insert(0, "Option<FunctionBody>".to_string());
            // The generator layout and the site's cache slot (see `heron_ir::abi`).
            params.push("i64".to_string());
            params.push("*mut c_void".to_string());
        }
        if sig.site_cache {
            // The site's cache slot; its layout is the helper's own business.
            let cache = if f == RtFunc::LoadGlobal {
                "*mut GlobalCache"
            } else {
                "*mut SiteCache"
            };
            params.push(cache.to_string());
        }
        check(sig.symbol, params, expected_ret(sig.ret));
    }
    check(
        abi::TRACEBACK_HERE,
        vec![OBJ.into(), OBJ.into(), OBJ.into(), "i64".into()],
        "",
    );
    check(abi::FUNCTION_GLOBALS, vec![OBJ.into()], OBJ);
    check(abi::CLOSURE_CELL, vec![OBJ.into(), "i64".into()], OBJ);
    check(abi::ERROR_OCCURRED, vec![], "c_int");
    check(
        abi::YIELD_FROM,
        vec!["*mut GenState".into(), OBJ.into()],
        OBJ,
    );
    check(abi::MODULE_INIT, vec!["*mut ModuleInfo".into()], OBJ);
    check(
        abi::MAIN,
        vec![
            "c_int".into(),
            "*mut *mut c_char".into(),
            "*mut ModuleInfo".into(),
        ],
        "c_int",
    );
    assert!(
        problems.is_empty(),
        "{} problem(s):\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

#[test]
fn abi_version_matches() {
    assert_eq!(
        heron_runtime::module::MODULE_INFO_ABI_VERSION,
        abi::MODULE_INFO_ABI_VERSION
    );
}
