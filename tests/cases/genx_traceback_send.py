# Uncaught exception raised by a generator after .send(), through yield from and a delegating consumer.
def parse_field(name):
    raw = yield f"need {name}"
    if not isinstance(raw, str):
        raise TypeError(f"{name} must be a string, got {type(raw).__name__}")
    return raw.strip()


def record_builder():
    records = []
    while True:
        name = yield from parse_field("name")
        age_text = yield from parse_field("age")
        age = int(age_text)
        records.append((name, age))
        command = yield f"stored {len(records)}"
        if command == "dump":
            yield list(records)


class Session:
    def __init__(self):
        self.gen = record_builder()
        print(next(self.gen))

    def feed(self, value):
        reply = self.gen.send(value)
        print(f"  sent {value!r:10} -> {reply!r}")
        return reply


s = Session()
for value in [" ada ", "36", None, "  bob", "41", "dump", None]:
    s.feed(value)
try:
    s.feed(7)
except TypeError as e:
    print("TypeError:", e)
print(s.gen.gi_frame is None, next(s.gen, "exhausted"))

s = Session()
s.feed("dave")
try:
    s.feed(" 5x ")
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("ValueError:", e, names)

s = Session()
s.feed("carol")
s.feed(3.5)
