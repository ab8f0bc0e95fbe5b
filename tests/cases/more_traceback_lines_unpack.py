# Line numbers for errors raised by unpacking inside multi-line displays and calls
# (`*x` in list/set/tuple displays, `**x` in dict displays and calls).
import traceback
def where(fn):
    try:
        fn()
    except Exception as e:
        return type(e).__name__, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)[1:]]
def star_in_call():
    print(
        *None)
def star_in_list():
    return [
        1,
        *None]
def star_in_tuple():
    return (
        1,
        *None)
def star_in_set():
    return {
        *None}
def double_star_in_dict():
    return {
        "a": 1,
        **None}
def double_star_in_call():
    return dict(
        a=1,
        **None)
def duplicate_keyword_via_double_star():
    return dict(
        a=1,
        **{"a": 2})
def two_double_stars():
    return dict(
        **{"a": 1},
        **{"a": 2})
def unpack_assignment():
    a, b = (
        None)
def star_unpack_assignment():
    a, *b, c = (
        [1])
for fn in [star_in_call, star_in_list, star_in_tuple, star_in_set, double_star_in_dict,
           double_star_in_call, duplicate_keyword_via_double_star, two_double_stars,
           unpack_assignment, star_unpack_assignment]:
    print(fn.__name__, where(fn))
