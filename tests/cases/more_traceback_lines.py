# Line numbers reported for exceptions raised inside multi-line statements and expressions.
import sys
import traceback
def boom(*args, **kwargs):
    raise ValueError("boom")
def where(fn):
    try:
        fn()
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        return [(f.name, f.lineno) for f in tb[1:]]
def multi_line_call():
    result = max(
        1,
        2,
        boom(
            3,
        ),
    )
    return result
def multi_line_binop():
    a = 1
    b = "x"
    return (a
            +
            b)
def multi_line_subscript():
    d = {"a": 1}
    return d[
        "b"
    ]
def multi_line_attr():
    obj = None
    return (obj
            .missing
            .deeper)
def multi_line_dict_display():
    return {
        "a": 1,
        "b": 1 / 0,
        "c": 3,
    }
def multi_line_condition():
    x = None
    if (x is None and
            len(x) > 0):
        pass
def multi_line_comprehension():
    return [
        int(v)
        for v in ["1", "2", "x"]
        if v
    ]
def multi_line_with_kwargs():
    return dict(
        a=1,
        **None,
    )
def raise_multi_line():
    raise KeyError(
        "multi"
        "line"
    )
def chained_method_calls():
    s = "a,b"
    return (s.split(",")
             .index("c"))
def assert_multi_line():
    assert (1 ==
            2), (
        "msg")
def multi_line_lambda():
    f = (lambda v:
         v / 0)
    return f(1)
def multi_line_unpack():
    a, b = (
        1,
        2,
        3,
    )
def for_header_multi_line():
    for x in (
        iter(5)
    ):
        pass
def nested_call_args():
    return str(int(
        "q"
    ))
def augmented_multi():
    t = [1]
    t[
        5
    ] += 1
def return_expr_line():
    return \
        undefined_name_here
def with_items_multi_line():
    with open(
        "/nonexistent/heron/file"
    ) as fh:
        pass
for fn in [multi_line_call, multi_line_binop, multi_line_subscript, multi_line_attr,
           multi_line_dict_display, multi_line_condition, multi_line_comprehension,
           multi_line_with_kwargs, raise_multi_line, chained_method_calls, assert_multi_line,
           multi_line_lambda, multi_line_unpack, for_header_multi_line, nested_call_args,
           augmented_multi, return_expr_line, with_items_multi_line]:
    print(fn.__name__, where(fn))
def frame_lineno():
    return sys._getframe().f_lineno if False else "skip"
print(frame_lineno())
