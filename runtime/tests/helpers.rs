//! Exceptions, namespaces, imports, tracebacks and back-edge servicing, checked from Python
//! against CPython's own behaviour (scripts in `tests/py/`).

mod support;

#[test]
fn exceptions_match_cpython() {
    support::run_script("exceptions", include_str!("py/exceptions.py"));
}

#[test]
fn namespaces_match_cpython() {
    support::run_script("namespaces", include_str!("py/namespaces.py"));
}

#[test]
fn imports_match_cpython() {
    support::run_script("imports", include_str!("py/imports.py"));
}

#[test]
fn tracebacks_show_compiled_frames() {
    support::run_script("tracebacks", include_str!("py/tracebacks.py"));
}

#[test]
fn periodic_services_signals_and_threads() {
    support::run_script("periodic", include_str!("py/periodic.py"));
}
