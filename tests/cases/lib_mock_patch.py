# unittest.mock against compiled code: patch.object on methods/classmethods/staticmethods/
# class attributes of compiled classes (calls through existing instances must see the patch
# and the restore), PropertyMock, patching module globals used by compiled functions,
# create_autospec signature checks, MagicMock dunders, side_effect, call_args/mock_calls.
import sys
from unittest import mock


def fetch_rate(currency):
    return {"EUR": 1.1, "GBP": 1.3}[currency]


class Converter:
    fee = 0.01

    def __init__(self, base="USD"):
        self.base = base
        self.calls = 0

    def rate(self, currency):
        self.calls += 1
        return fetch_rate(currency)

    def convert(self, amount, currency):
        return round(amount * self.rate(currency) * (1 - self.fee), 4)

    @property
    def label(self):
        return "conv-" + self.base

    @classmethod
    def create(cls):
        return cls("CLS")

    @staticmethod
    def normalize(code):
        return code.strip().upper()


conv = Converter()
print("before", conv.convert(100, "EUR"), conv.label, Converter.create().base, Converter.normalize(" eur "))

with mock.patch.object(Converter, "rate", return_value=2.0) as m_rate:
    print("patched rate", conv.convert(100, "EUR"), Converter().convert(1, "X"))
    print(m_rate.call_count, m_rate.call_args_list)
print("restored", conv.convert(100, "EUR"), conv.calls, Converter.rate.__name__)

with mock.patch.object(Converter, "fee", 0.5):
    print("patched fee", conv.convert(100, "GBP"), Converter.fee)
print("fee restored", Converter.fee, conv.convert(100, "GBP"))

with mock.patch(__name__ + ".fetch_rate", side_effect=lambda c: len(c)) as m_fetch:
    print("patched global", conv.convert(10, "EUR"), conv.rate("ABCDE"), m_fetch.mock_calls)
print("global restored", fetch_rate("EUR"), conv.convert(10, "EUR"))

with mock.patch.object(Converter, "label", new_callable=mock.PropertyMock) as m_label:
    m_label.return_value = "mocked-label"
    print("property", conv.label, Converter("X").label, m_label.call_count)
print("property restored", conv.label)

with mock.patch.object(Converter, "create", classmethod(lambda cls: "fake-" + cls.__name__)):
    print("classmethod", Converter.create(), conv.create())
with mock.patch.object(Converter, "normalize", staticmethod(lambda c: "N")):
    print("staticmethod", Converter.normalize("x"), conv.normalize("y"))
print("restored", Converter.create().base, Converter.normalize(" gbp"))

with mock.patch.object(conv, "rate", side_effect=[1.0, KeyError("XYZ")]):
    print("instance patch", conv.convert(5, "A"))
    try:
        conv.convert(5, "B")
    except KeyError as e:
        print("side_effect raised", repr(e))
print("instance restored", "rate" in vars(conv), conv.convert(5, "EUR"))


@mock.patch.object(Converter, "fee", 0.0)
@mock.patch(__name__ + ".fetch_rate", return_value=3)
def decorated(factor, m_fetch):
    return Converter().convert(factor, "ANY"), m_fetch.call_args


print("decorated", decorated(2))

spec = mock.create_autospec(Converter, instance=True)
spec.convert.return_value = 42
print("autospec", spec.convert(1, "EUR"), isinstance(spec, Converter))
try:
    spec.convert(1)
except TypeError as e:
    print("TypeError:", e)
try:
    spec.missing_method()
except AttributeError as e:
    print("AttributeError:", e)
spec.convert.assert_called_once_with(1, "EUR")
print(spec.mock_calls)

ms = mock.MagicMock(spec=Converter)
ms.configure_mock(**{"rate.return_value": 7})
print("spec mock", ms.rate("EUR"), ms.convert.called, isinstance(ms, Converter))
m = mock.MagicMock()
m.__len__.return_value = 3
m.__getitem__.side_effect = lambda k: k * 2
print(len(m), m[21], m.rate("x").__class__.__name__, m.method_calls)
try:
    ms.nope
except AttributeError as e:
    print("AttributeError:", e)


class Service:
    def __init__(self, conv):
        self.conv = conv

    def quote(self, items):
        return [self.conv.convert(a, c) for a, c in items]


fake = mock.Mock(wraps=Converter())
svc = Service(fake)
print("wraps", svc.quote([(10, "EUR"), (20, "GBP")]), fake.convert.call_count)
sentinel_obj = mock.sentinel.token
print(mock.call(1, a=2) == mock.call(1, a=2), sentinel_obj is mock.sentinel.token, repr(sentinel_obj))
with mock.patch.dict(Converter.__dict__ if False else sys.modules[__name__].__dict__, {"EXTRA": 1}):
    print("patch.dict", EXTRA)
print("EXTRA" in globals())
