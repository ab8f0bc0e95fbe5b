//! The compiled-function type: argument binding against CPython's own, attributes, method
//! binding, introspection, pickling, GC and recursion (scripts in `tests/py/`).

mod support;

#[test]
fn argument_binding_matches_cpython() {
    support::run_script("binding", include_str!("py/binding.py"));
}

#[test]
fn function_object_behaves_like_a_function() {
    support::run_script("function_object", include_str!("py/function_object.py"));
}
