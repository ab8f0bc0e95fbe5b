# A tiny command dispatcher that introspects compiled functions with inspect: signatures with
# every parameter kind, defaults, annotations, bind/bind_partial for argument validation,
# getdoc/cleandoc, getsource-free metadata (__name__, __qualname__, __module__, __code__),
# isfunction/isbuiltin checks, and automatic help text generated from the signatures.
import inspect
from typing import Optional


def copy(src: str, dst: str, /, *, overwrite: bool = False, mode: int = 0o644) -> bool:
    """Copy SRC to DST.

    Refuses to overwrite unless asked.
    """
    return overwrite


def grep(pattern, *files, ignore_case=False, max_count: Optional[int] = None, **options):
    """Search FILES for PATTERN."""
    return [pattern, files, ignore_case, max_count, options]


def tail(file, lines=10, follow=False):
    return (file, lines, follow)


def make_counter(start=0, *, step=1):
    def counter(times: int = 1) -> int:
        """Advance and return the counter."""
        nonlocal start
        start += step * times
        return start
    return counter


COMMANDS = {f.__name__: f for f in (copy, grep, tail)}


def usage(fn):
    parts = []
    for p in inspect.signature(fn).parameters.values():
        if p.kind is p.VAR_POSITIONAL:
            parts.append(f"[{p.name}...]")
        elif p.kind is p.VAR_KEYWORD:
            parts.append(f"[--{p.name}=...]")
        elif p.default is p.empty:
            parts.append(p.name.upper())
        else:
            parts.append(f"[--{p.name}={p.default!r}]" if p.kind is p.KEYWORD_ONLY else f"[{p.name}={p.default!r}]")
    return f"{fn.__name__} " + " ".join(parts)


def dispatch(name, *args, **kwargs):
    fn = COMMANDS[name]
    sig = inspect.signature(fn)
    try:
        bound = sig.bind(*args, **kwargs)
    except TypeError as e:
        return f"usage error for {name}: {e}"
    bound.apply_defaults()
    return f"{name}{tuple(bound.arguments.items())} -> {fn(*bound.args, **bound.kwargs)!r}"


for name, fn in COMMANDS.items():
    sig = inspect.signature(fn)
    print(f"{name}{sig}")
    print("   usage:", usage(fn))
    print("   doc:", inspect.getdoc(fn))
    for p in sig.parameters.values():
        ann = "" if p.annotation is p.empty else inspect.formatannotation(p.annotation)
        print(f"     {p.name:<12}{str(p.kind):<22}{'' if p.default is p.empty else repr(p.default):<6}{ann}")
    print("   returns:", sig.return_annotation if sig.return_annotation is not sig.empty else "-")

print(dispatch("copy", "a.txt", "b.txt", overwrite=True))
print(dispatch("copy", "a.txt", dst="b.txt"))
print(dispatch("grep", "TODO", "x.py", "y.py", ignore_case=True, color="auto"))
print(dispatch("tail", "log", 5, verbose=True))
print(dispatch("tail"))
partial = inspect.signature(tail).bind_partial(lines=3)
print("partial:", partial, partial.arguments)

c = make_counter(10, step=5)
print(inspect.signature(c), c.__qualname__, c(), c(2), inspect.getdoc(c))
print(inspect.signature(make_counter), make_counter.__kwdefaults__, make_counter.__defaults__)
print("is function:", inspect.isfunction(copy), inspect.isbuiltin(copy), callable(copy),
      inspect.isfunction(len), inspect.isbuiltin(len))
code = grep.__code__
print("code:", code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount,
      bool(code.co_flags & inspect.CO_VARARGS), bool(code.co_flags & inspect.CO_VARKEYWORDS),
      code.co_varnames[:code.co_argcount + code.co_kwonlyargcount + 2])
print("copy posonly:", copy.__code__.co_posonlyargcount, copy.__annotations__)
print("module:", copy.__module__ == __name__, tail.__defaults__, grep.__kwdefaults__)
new_sig = inspect.signature(tail).replace(parameters=[inspect.Parameter("path", inspect.Parameter.POSITIONAL_OR_KEYWORD)])
print("replaced:", new_sig, inspect.Signature.from_callable(tail) == inspect.signature(tail))
print("cleandoc:", repr(inspect.cleandoc(copy.__doc__)))
print("unwrap:", inspect.unwrap(tail) is tail, inspect.getfullargspec(grep).kwonlyargs)
