# assert: the message is evaluated only on failure, any object can be the message,
# __debug__ is True, AssertionError shadowing; finally the uncaught assertion with a
# multi-line message inside nested calls.
calls = []
def msg(text):
    calls.append(text)
    return text
assert True, msg("not evaluated")
assert [0], msg("non-empty list is true")
print(calls, __debug__)
for value, message in [(0, "zero"), ("", ("tuple", 1)), (None, None), ([], {"k": [1]})]:
    try:
        assert value, message
    except AssertionError as e:
        print(repr(e), e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare:", repr(e), e.args)
def local_shadow():
    AssertionError = ValueError
    try:
        assert False, "uses the builtin"
    except ValueError:
        return "caught as ValueError"
    except Exception as e:
        return "caught " + type(e).__name__
print(local_shadow())
def in_loop(xs):
    total = 0
    for x in xs:
        assert isinstance(x, int), f"bad item {x!r} at total={total}"
        total += x
    return total
print(in_loop([1, 2, 3]))
try:
    in_loop([1, "two"])
except AssertionError as e:
    print(e)
def validate(record):
    assert "id" in record, "missing id\n  record: %r\n  keys: %s" % (record, sorted(record))
    return record["id"]
def process(records):
    return [validate(r) for r in records]
print(process([{"id": 1}, {"id": 2, "x": 0}]))
print(process([{"id": 3}, {"name": "broken", "age": 4}]))
