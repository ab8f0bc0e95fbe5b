# Logging configured to stdout with funcName/lineno/levelname/name in the format: a
# hierarchy of named loggers with different levels, a handler filter, a custom formatter,
# exception logging with logger.exception (traceback included), extra fields, %-style lazy
# arguments, LoggerAdapter, and a second handler writing WARNING+ to stderr.
import logging
import sys

fmt = "%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s"
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format=fmt)
root = logging.getLogger()
app = logging.getLogger("app")
db = logging.getLogger("app.db")
net = logging.getLogger("app.net")
net.setLevel(logging.WARNING)

errors = logging.StreamHandler(sys.stderr)
errors.setLevel(logging.WARNING)
errors.setFormatter(logging.Formatter("[stderr] %(levelname)s %(funcName)s@%(lineno)d: %(message)s"))
app.addHandler(errors)


def no_passwords(record):
    if "password" in record.getMessage():
        record.msg = "<redacted>"
        record.args = ()
    return True


root.handlers[0].addFilter(no_passwords)


def connect(dsn, retries=2):
    db.debug("connecting to %s (retries=%d)", dsn, retries)
    for attempt in range(1, retries + 1):
        if attempt < retries:
            db.warning("attempt %d failed", attempt)
        else:
            db.info("connected on attempt %d", attempt)
    return {"dsn": dsn}


def fetch(url):
    net.debug("this is filtered by level")
    net.info("so is this")
    net.warning("slow response from %s", url)
    return 200


def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        app.exception("cannot divide %s by %s", a, b)
        return None


def login(user, password):
    app.info("login user=%s password=%s", user, password)
    app.info("login ok for %s", user)


def with_extra():
    app.info("request handled", extra={"request_id": "r-42"})
    adapter = logging.LoggerAdapter(app, {"request_id": "r-43"})
    adapter.info("via adapter %s", adapter.extra["request_id"])


connect("postgres://db")
fetch("http://example")
print("divide:", divide(1, 0))
login("ada", "hunter2")
with_extra()
app.critical("top-level critical")
print("effective levels:", [logging.getLevelName(l.getEffectiveLevel()) for l in (root, app, db, net)])
print("isEnabledFor:", net.isEnabledFor(logging.INFO), db.isEnabledFor(logging.DEBUG))
print("handlers:", [type(h).__name__ for h in root.handlers], [type(h).__name__ for h in app.handlers])
print("parent chain:", db.parent.name, db.parent.parent.name)


def custom_format(record):
    return f"<{record.levelno}|{record.funcName}|{record.lineno}|{record.module}> {record.getMessage()}"


handler = root.handlers[0]
handler.setFormatter(type("F", (logging.Formatter,), {"format": lambda self, r: custom_format(r)})())
connect("sqlite://", retries=1)
logging.log(logging.WARNING, "module-level %s", "call")
logging.disable(logging.INFO)
app.info("disabled")
app.warning("still shown")
logging.shutdown()
