# Traceback entries for compiled frames.
import traceback, sys, io, linecache

def boom():
    raise ValueError("deep")

def outer_python():
    return hrt.tb_here(boom, globals(), "/nonexistent/compiled.py", "compiled_fn", 42)

try:
    outer_python()
except ValueError as e:
    text = traceback.format_exc()
    frames = traceback.extract_tb(e.__traceback__)
names = [(f.filename, f.name, f.lineno) for f in frames]
assert names[2] == ("/nonexistent/compiled.py", "compiled_fn", 42), names
assert [n for _, n, _ in names] == ["<module>", "outer_python", "compiled_fn", "boom"], names
assert '  File "/nonexistent/compiled.py", line 42, in compiled_fn\n' in text, text

# Entries for the same place reuse one code object; different lines get their own.
def nested():
    return hrt.tb_here(lambda: hrt.tb_here(boom, globals(), "/x/a.py", "inner", 7), globals(), "/x/a.py", "outer", 3)
try:
    nested()
except ValueError as e:
    names = [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]
    assert ("outer", 3) in names and ("inner", 7) in names, names
    assert names.index(("outer", 3)) < names.index(("inner", 7))
    tb = e.__traceback__
    while tb.tb_frame.f_code.co_name != "outer":
        tb = tb.tb_next
    assert tb.tb_frame.f_globals is globals()
    assert tb.tb_lineno == 3

# The source line is shown when the file exists.
import tempfile, os
with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
    f.write("line one\nresult = compute()  # line two\n")
    path = f.name
try:
    try:
        hrt.tb_here(boom, globals(), path, "<module>", 2)
    except ValueError:
        text = traceback.format_exc()
    assert f'  File "{path}", line 2, in <module>\n    result = compute()  # line two\n' in text, text
finally:
    os.unlink(path)

# Non-dict globals fall back safely; no exception pending is a no-op.
try:
    hrt.tb_here(boom, None, "/x/b.py", "f", 1)
except ValueError as e:
    assert traceback.extract_tb(e.__traceback__)[-2].filename == "/x/b.py"
assert hrt.tb_here(lambda: 5, globals(), "/x/c.py", "f", 1) == 5
print("tracebacks: ok")
