//! Scope analysis: snapshots of the scope tables of the programs in `tests/programs`, and a
//! comparison of every table with CPython 3.11's own (`symtable` module and the code objects
//! `compile` produces).

mod common;

use std::collections::BTreeMap;

use heron_syntax::{Scope, ScopeKind, ScopeTable, SymbolScope, parse_module};

fn analyze(name: &str, src: &str) -> ScopeTable {
    match parse_module(src.as_bytes(), name) {
        Ok(m) => m.scopes,
        Err(d) => panic!("{name}: {}", d.render(None)),
    }
}

#[test]
fn scope_table_snapshots() {
    for (stem, src) in common::programs() {
        let table = analyze(&format!("{stem}.py"), &src);
        insta::assert_snapshot!(stem.clone(), table.dump());
    }
}

#[test]
fn find_returns_each_scope() {
    for (stem, src) in common::programs() {
        let table = analyze(&stem, &src);
        for (i, s) in table.scopes.iter().enumerate() {
            let found = table.find(s.kind, s.range).map(|id| id.0 as usize);
            assert_eq!(
                found,
                Some(i),
                "{stem}: scope #{i} ({}) is not found unambiguously",
                s.qualname
            );
            let dups = table
                .scopes
                .iter()
                .filter(|t| t.kind == s.kind && t.range == s.range)
                .count();
            assert_eq!(dups, 1, "{stem}: two scopes share kind and range with #{i}");
        }
    }
}

#[test]
fn parameters_come_first_in_co_varnames_order() {
    let src = "def f(a, /, b, *c, d, **e):\n    g = 1\n";
    let table = analyze("p.py", src);
    let f = table.get(table.scopes[0].children[0]);
    let params: Vec<&str> = f.params().map(|s| s.name.as_str()).collect();
    assert_eq!(params, ["a", "b", "d", "c", "e"]);
    let first: Vec<&str> = f.symbols.iter().take(5).map(|s| s.name.as_str()).collect();
    assert_eq!(first, params);
}

#[test]
fn comprehension_implicit_parameter_is_first() {
    let table = analyze("c.py", "def f(xs):\n    return [x for x in xs]\n");
    let comp = table
        .scopes
        .iter()
        .find(|s| s.kind == ScopeKind::ListComp)
        .expect("listcomp scope");
    let first = &comp.symbols[0];
    assert_eq!(
        (first.name.as_str(), first.is_param, first.scope),
        (".0", true, SymbolScope::Local)
    );
    assert_eq!(comp.qualname, "f.<locals>.<listcomp>");
}

#[test]
fn lookup_mangles_private_names() {
    let table = analyze(
        "m.py",
        "class C:\n    def m(self, __a):\n        return __a\n",
    );
    let m = table.scopes.iter().find(|s| s.name == "m").expect("method");
    assert!(m.symbol("__a").is_none());
    assert_eq!(m.lookup("__a").map(|s| s.name.as_str()), Some("_C__a"));
    assert_eq!(m.mangle("__init__"), "__init__");
}

// ---------------------------------------------------------------------------------------------
// The CPython oracle.

/// Prints, for each file given, its symbol tables (preorder) and its code objects, in the
/// canonical form `canonical_tables`/`canonical_codes` produce from heron's table.
const ORACLE: &str = r#"
import sys, symtable, _symtable as S
SCOPES = {1: 'LOCAL', 2: 'GLOBAL_EXPLICIT', 3: 'GLOBAL_IMPLICIT', 4: 'FREE', 5: 'CELL'}
FLAGS = [(S.DEF_PARAM, 'p'), (S.USE, 'u'), (S.DEF_GLOBAL, 'g'), (S.DEF_NONLOCAL, 'n'),
         (S.DEF_IMPORT, 'i'), (S.DEF_ANNOT, 'a'), (S.DEF_FREE_CLASS, 'c')]

def tables(t, out):
    typ = t.get_type()
    out.append(f"table {typ} {t.get_name()}")
    for sym in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        flags = sym._Symbol__flags
        scope = SCOPES[(flags >> S.SCOPE_OFF) & S.SCOPE_MASK]
        if typ == 'module' and scope == 'LOCAL':
            scope = 'GLOBAL_IMPLICIT'
        letters = ''.join(l for bit, l in FLAGS if flags & bit)
        if flags & S.DEF_BOUND:
            letters += 'b'
        out.append(f"  {sym.get_name()} {scope} {letters}")
    for c in t.get_children():
        tables(c, out)

def codes(co, out):
    if co.co_name != '<module>':
        n = co.co_argcount + co.co_kwonlyargcount + bool(co.co_flags & 4) + bool(co.co_flags & 8)
        params = co.co_varnames[:n]
        others = sorted(co.co_varnames[n:])
        out.append(f"code {co.co_qualname} | {','.join(params)} | {','.join(others)} | "
                   f"{','.join(co.co_cellvars)} | {','.join(co.co_freevars)}")
    for c in co.co_consts:
        if isinstance(c, type(co)):
            codes(c, out)

for path in sys.argv[1:]:
    src = open(path, encoding='utf-8').read()
    t, c = [], []
    tables(symtable.symtable(src, path, 'exec'), t)
    codes(compile(src, path, 'exec'), c)
    print('=== ' + path)
    print('\n'.join(t))
    print('--- codes')
    print('\n'.join(sorted(c)))
"#;

fn scope_name(s: &Scope) -> String {
    match s.kind {
        ScopeKind::Module => "module top".into(),
        ScopeKind::Class => format!("class {}", s.name),
        ScopeKind::Function => format!("function {}", s.name),
        ScopeKind::Lambda => "function lambda".into(),
        ScopeKind::ListComp => "function listcomp".into(),
        ScopeKind::SetComp => "function setcomp".into(),
        ScopeKind::DictComp => "function dictcomp".into(),
        ScopeKind::GenExp => "function genexpr".into(),
    }
}

fn scope_text(s: SymbolScope) -> &'static str {
    match s {
        SymbolScope::Local => "LOCAL",
        SymbolScope::GlobalExplicit => "GLOBAL_EXPLICIT",
        SymbolScope::GlobalImplicit => "GLOBAL_IMPLICIT",
        SymbolScope::Free => "FREE",
        SymbolScope::Cell => "CELL",
    }
}

/// heron's tables in the oracle's form (preorder over children).
fn canonical_tables(table: &ScopeTable) -> Vec<String> {
    fn walk(table: &ScopeTable, i: usize, out: &mut Vec<String>) {
        let s = &table.scopes[i];
        out.push(format!("table {}", scope_name(s)));
        let mut syms: Vec<_> = s.symbols.iter().collect();
        syms.sort_by(|a, b| a.name.cmp(&b.name));
        for sym in syms {
            // CPython keeps the class's `__class__` cell out of the symbol table.
            if s.kind == ScopeKind::Class
                && sym.name == "__class__"
                && sym.scope == SymbolScope::Cell
            {
                continue;
            }
            let mut letters = String::new();
            for (on, l) in [
                (sym.is_param, 'p'),
                (sym.is_used, 'u'),
                (sym.is_declared_global, 'g'),
                (sym.is_nonlocal, 'n'),
                (sym.is_imported, 'i'),
                (sym.is_annotated, 'a'),
                (sym.is_free_class, 'c'),
                (sym.is_bound, 'b'),
            ] {
                if on {
                    letters.push(l);
                }
            }
            out.push(format!(
                "  {} {} {}",
                sym.name,
                scope_text(sym.scope),
                letters
            ));
        }
        for c in &s.children {
            walk(table, c.0 as usize, out);
        }
    }
    let mut out = Vec::new();
    walk(table, 0, &mut out);
    out
}

/// heron's view of each code object: qualname, parameters, other fast locals (sorted), cell
/// and free variables.
fn canonical_codes(table: &ScopeTable) -> Vec<String> {
    let mut out: Vec<String> = table
        .scopes
        .iter()
        .filter(|s| s.kind != ScopeKind::Module)
        .map(|s| {
            let (params, others) = if s.kind == ScopeKind::Class {
                (Vec::new(), Vec::new())
            } else {
                let params: Vec<&str> = s.params().map(|p| p.name.as_str()).collect();
                let mut others: Vec<&str> = s
                    .symbols
                    .iter()
                    .filter(|p| !p.is_param && p.scope == SymbolScope::Local)
                    .map(|p| p.name.as_str())
                    .collect();
                others.sort();
                (params, others)
            };
            format!(
                "code {} | {} | {} | {} | {}",
                s.qualname,
                params.join(","),
                others.join(","),
                s.cellvars.join(","),
                s.freevars.join(",")
            )
        })
        .collect();
    out.sort();
    out
}

/// Known, intended differences from CPython's code objects: `(program, line heron produces)`.
///
/// - A bare annotation `w: T` in a function makes `w` local (CPython's symbol table agrees),
///   but CPython's compiler never emits a store for it, so `w` is missing from `co_varnames`.
const KNOWN_CODE_DIFFS: &[(&str, &str)] = &[("future_annotations", "code f | x,y | w,z |  | ")];

#[test]
fn scope_tables_match_cpython() {
    let Some(python) = common::python311() else {
        return;
    };
    let programs = common::programs();
    let dir = common::programs_dir();
    let paths: Vec<String> = programs
        .iter()
        .map(|(stem, _)| {
            dir.join(format!("{stem}.py"))
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let args: Vec<&str> = paths.iter().map(String::as_str).collect();
    let out = common::run_python(&python, ORACLE, &args);

    let mut expected: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut in_codes = false;
    for line in out.lines() {
        if let Some(path) = line.strip_prefix("=== ") {
            current = Some(path.to_string());
            in_codes = false;
            expected.insert(path.to_string(), (Vec::new(), Vec::new()));
        } else if line == "--- codes" {
            in_codes = true;
        } else if !line.is_empty()
            && let Some(entry) = current.as_ref().and_then(|p| expected.get_mut(p))
        {
            if in_codes { &mut entry.1 } else { &mut entry.0 }.push(line.to_string());
        }
    }

    assert_eq!(
        expected.len(),
        programs.len(),
        "the oracle printed every program"
    );
    assert!(
        expected
            .values()
            .all(|(t, c)| !t.is_empty() && !c.is_empty()),
        "the oracle printed tables and codes"
    );
    let mut failures = Vec::new();
    for ((stem, src), path) in programs.iter().zip(&paths) {
        let table = analyze(stem, src);
        let Some((tables, codes)) = expected.get(path) else {
            failures.push(format!("{stem}: no oracle output"));
            continue;
        };
        let ours = canonical_tables(&table);
        if &ours != tables {
            failures.push(format!(
                "{stem}: symbol tables differ\n{}",
                diff(tables, &ours)
            ));
        }
        let mut ours = canonical_codes(&table);
        for (program, line) in KNOWN_CODE_DIFFS {
            if program == stem
                && let Some(i) = ours.iter().position(|l| l == line)
            {
                ours.remove(i);
            }
        }
        let codes: Vec<String> = codes
            .iter()
            .filter(|c| {
                !KNOWN_CODE_DIFFS
                    .iter()
                    .any(|(p, l)| p == stem && l.split(" | ").next() == c.split(" | ").next())
            })
            .cloned()
            .collect();
        if ours != codes {
            failures.push(format!(
                "{stem}: code objects differ\n{}",
                diff(&codes, &ours)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "heron disagrees with CPython:\n{}",
        failures.join("\n")
    );
}

/// A small line diff: `-` CPython only, `+` heron only (multiset difference, in order).
fn diff(expected: &[String], ours: &[String]) -> String {
    let mut out = String::new();
    let mut rest: Vec<&String> = ours.iter().collect();
    for e in expected {
        match rest.iter().position(|o| *o == e) {
            Some(i) => {
                rest.remove(i);
            }
            None => out.push_str(&format!("  - {e}\n")),
        }
    }
    for o in rest {
        out.push_str(&format!("  + {o}\n"));
    }
    if out.is_empty() {
        out.push_str("  (same lines, different order)\n");
    }
    out
}
