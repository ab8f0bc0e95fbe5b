# heron-test: skip=compiled frames do not expose f_locals yet (README: known differences)
# A batch job with a crash reporter: when a record fails deep inside the pipeline, the handler
# walks the traceback and prints each frame's function, line and local variables (the way
# debugging aids and error trackers do), then uses traceback.TracebackException with
# capture_locals=True for a second, standard-library rendering.
import sys
import traceback

RECORDS = ["id=1;qty=3;price=2.50", "id=2;qty=1;price=10", "id=3;qty=two;price=1.00", "id=4;qty=5;price=1"]


def parse_field(text, name, convert):
    raw = {k: v for k, v in [part.split("=", 1) for part in text.split(";")]}
    value = raw[name]
    return convert(value)


def line_total(record):
    qty = parse_field(record, "qty", int)
    price = parse_field(record, "price", float)
    return qty * price


def run_batch(records):
    grand = 0.0
    for index, record in enumerate(records):
        grand += line_total(record)
    return grand


def short(value, limit=40):
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def crash_report(exc):
    print(f"CRASH: {type(exc).__name__}: {exc}")
    tb = exc.__traceback__
    depth = 0
    while tb is not None:
        frame = tb.tb_frame
        code = frame.f_code
        print(f"  #{depth} {code.co_name} at line {tb.tb_lineno}")
        if code.co_name != "<module>":
            for name, value in sorted(frame.f_locals.items()):
                print(f"       {name} = {short(value)}")
        tb = tb.tb_next
        depth += 1


try:
    total = run_batch(RECORDS)
    print("total:", total)
except ValueError as exc:
    crash_report(exc)
    te = traceback.TracebackException.from_exception(exc, capture_locals=True)
    for fs in te.stack:
        print(f"  {fs.name}:{fs.lineno}: {fs.line}")
        if fs.name != "<module>":
            print("     ", ", ".join([f"{k}={v}" for k, v in sorted(fs.locals.items())]))
    print("".join(te.format_exception_only()).strip())
print("partial totals:", [line_total(r) for r in RECORDS if "two" not in r])
