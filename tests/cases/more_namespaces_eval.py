"""Module docstring for the namespaces case."""
# __name__, __doc__, globals()/locals() inside functions, eval/exec with and without
# namespaces from functions, closures and comprehensions.
import sys
print(__doc__, __name__ == "__main__" or __name__ == "more_namespaces_eval")
def documented(a, b=1):
    """Function docstring.

    Second paragraph."""
    inner_local = a + b
    return sorted(locals().items()), __name__ == globals()["__name__"], documented.__doc__.splitlines()[0]
print(documented(5))
def undocumented():
    pass
print(undocumented.__doc__, (lambda: None).__doc__)
def not_a_docstring():
    x = 1
    "string after a statement"
    return x
print(not_a_docstring.__doc__)
def f_docstring_fstring():
    f"""not a docstring {1}"""
print(f_docstring_fstring.__doc__)
module_var = "module level"
def reads_globals():
    g = globals()
    g["created_by_function"] = 123
    return g is sys.modules[__name__].__dict__, g["module_var"]
print(reads_globals(), created_by_function)
def locals_snapshot():
    a = 1
    snap = locals()
    b = 2
    snap2 = locals()
    return sorted(snap), sorted(snap2), snap is snap2
print(locals_snapshot())
def locals_includes_free_vars():
    outer = "free"
    unused = "not captured"
    def inner():
        mine = 1
        return sorted(locals().items()), outer
    return inner()
print(locals_includes_free_vars())
def locals_not_writable_back():
    a = 1
    locals()["a"] = 99
    return a
print(locals_not_writable_back())
def eval_in_function(p):
    q = p * 2
    r1 = eval("p + q")
    r2 = eval("p + q", {"p": 100, "q": 1000})
    r3 = eval("p + q + z", {"z": 1}, {"p": 10, "q": 20})
    r4 = eval("module_var.upper()")
    try:
        r5 = eval("[p * k for k in range(3)]")
    except NameError as e:
        r5 = "NameError: " + str(e)
    r6 = eval("q * 2", globals(), locals())
    return r1, r2, r3, r4, r5, r6
print(eval_in_function(3))
def exec_in_function():
    ns = {}
    exec("def helper(n):\n    return n * 3\nresult = helper(4)", ns)
    glob = {"__builtins__": __builtins__}
    loc = {}
    exec("a = 1\nb = a + 1", glob, loc)
    exec("print('exec printed', sorted(loc_keys))", {"loc_keys": list(loc)})
    return ns["result"], sorted(loc.items()), [k for k in glob if k != "__builtins__"]
print(exec_in_function())
def exec_without_namespace():
    existing = "e"
    exec("new_name = existing * 3")
    snapshot = locals()
    try:
        new_name
    except NameError as e:
        missing = "NameError: " + str(e)
    return snapshot.get("new_name"), missing
print(exec_without_namespace())
def exec_global_statement():
    exec("global set_by_exec\nset_by_exec = 'from exec'")
    return set_by_exec
print(exec_global_statement())
def eval_errors():
    out = []
    for src in ["1 +", "undefined_thing", "1 / 0", "import os"]:
        try:
            eval(src)
        except SyntaxError as e:
            out.append(("SyntaxError", e.msg, e.lineno))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out
print(eval_errors())
def compile_and_run():
    code = compile("x * y", "<expr>", "eval")
    stmts = compile("for i in range(3):\n    acc.append(i * i)\n", "<stmts>", "exec")
    acc = []
    exec(stmts, {"acc": acc})
    return eval(code, {"x": 6, "y": 7}), acc, code.co_filename, code.co_names
print(compile_and_run())
def vars_and_dir():
    a, b = 1, 2
    return sorted(vars()), sorted(dir()), vars(sys) is sys.__dict__
print(vars_and_dir())
print("module_var" in globals(), "module_var" in locals(), locals() is globals())
def builtins_access():
    b = __builtins__
    mod = b if isinstance(b, type(sys)) else None
    return eval("len")("four"), type(__builtins__).__name__ in ("module", "dict")
print(builtins_access())
def shadow_builtin():
    len = lambda x: "shadowed"
    return len([1]), eval("len([1])"), eval("len([1])", {}), eval("len([1])", globals(), locals())
print(shadow_builtin())
print(sorted([k for k in globals() if not k.startswith("_")]))
