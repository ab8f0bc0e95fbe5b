# logging with compiled subclasses: custom Formatter (format/formatException overrides),
# custom Handler collecting records, Filter subclass, LoggerAdapter subclass, logger
# hierarchy/propagation, levels, exc_info tracebacks (frames compared), extra fields,
# and a deliberate formatting error routed to a handleError override (traceback frames compared).
import logging
import sys
import traceback


class BracketFormatter(logging.Formatter):
    def __init__(self, tag):
        super().__init__("%(levelname)s:%(name)s:%(message)s")
        self.tag = tag

    def format(self, record):
        base = super().format(record)
        return "[%s] %s" % (self.tag, base)

    def formatException(self, ei):
        etype, evalue, tb = ei
        return "  !! %s: %s" % (etype.__name__, evalue)


class ListHandler(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.name, record.getMessage(), record.funcName))
        print("LIST:", self.format(record))


class OnlyEven(logging.Filter):
    def filter(self, record):
        n = getattr(record, "n", None)
        return n is None or n % 2 == 0


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[req=%s] %s" % (self.extra["req"], msg), kwargs


app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
app.propagate = False
lh = ListHandler()
lh.setFormatter(BracketFormatter("list"))
app.addHandler(lh)
sh = logging.StreamHandler(sys.stdout)
sh.setLevel(logging.WARNING)
sh.setFormatter(BracketFormatter("out"))
app.addHandler(sh)


class Service:
    log = logging.getLogger("app.service")

    def __init__(self, name):
        self.name = name

    def run(self, n):
        self.log.debug("running %s with n=%d", self.name, n)
        if n < 0:
            self.log.warning("negative n=%d", n)
        try:
            return 10 // n
        except ZeroDivisionError:
            self.log.exception("division failed for %s", self.name)
            return None


svc = Service("calc")
print(svc.run(5), svc.run(-2), svc.run(0))
print(lh.records)
print(logging.getLogger("app.service").getEffectiveLevel(), logging.getLevelName(logging.WARNING))

child = logging.getLogger("app.filtered")
child.addFilter(OnlyEven())
for i in range(4):
    child.info("item %d", i, extra={"n": i})
print([r[2] for r in lh.records[-3:]])

adapter = RequestAdapter(logging.getLogger("app.web"), {"req": 42})
adapter.info("handling %s", "/index")
adapter.error("failed %s", "/admin")
print(adapter.isEnabledFor(logging.DEBUG), lh.records[-1][2])


class PlainFormatter(logging.Formatter):
    def format(self, record):
        record.message = record.getMessage()
        s = "%s|%s|%s" % (record.levelname[0], record.name, record.message)
        if record.exc_info:
            s += "\n" + self.formatException(record.exc_info)
        return s


tb_logger = logging.getLogger("tb")
tb_logger.propagate = False
class ReportingHandler(logging.StreamHandler):
    def handleError(self, record):
        etype, evalue, tb = sys.exc_info()
        print("handleError for %r: %s: %s" % (record.msg, etype.__name__, evalue))
        print("".join(traceback.format_tb(tb)).rstrip())


h2 = ReportingHandler(sys.stdout)
h2.setFormatter(PlainFormatter())
tb_logger.addHandler(h2)


def nested_fail(depth):
    if depth == 0:
        raise KeyError("deep")
    return nested_fail(depth - 1)


try:
    nested_fail(2)
except KeyError:
    tb_logger.error("caught with traceback", exc_info=True)
tb_logger.warning("no traceback %s", [1, 2])
tb_logger.debug("not shown")
logging.addLevelName(25, "NOTICE")
tb_logger.setLevel(1)
tb_logger.log(25, "custom level")


class UpperHandler(logging.StreamHandler):
    def emit(self, record):
        record.msg = record.getMessage().upper()
        record.args = ()
        super().emit(record)


up = logging.getLogger("upper")
up.propagate = False
uh = UpperHandler(sys.stdout)
uh.setFormatter(logging.Formatter("%(name)s - %(levelname)s - %(message)s"))
up.addHandler(uh)
up.warning("shout %s", "this")
print(len(lh.records), sorted(set([r[3] for r in lh.records])))
# deliberate formatting error: logging reports it on stderr with the call stack
tb_logger.warning("bad %d", "not a number")
print("still running")
logging.shutdown()
