# pickle round trips over protocols 0..5 of compiled classes: plain instances, nested and
# cyclic objects, dataclasses, enums, namedtuples, classes/functions/methods by reference,
# __reduce__/__reduce_ex__, __getnewargs_ex__, __getstate__/__setstate__, slots, and
# errors for unpicklable local classes and lambdas.
import pickle
import enum
import dataclasses
import collections
import io
import re


class Account:
    bank = "heron-bank"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def __eq__(self, other):
        return type(other) is type(self) and vars(self) == vars(other)

    def __repr__(self):
        return "Account(%s, %s, %s)" % (self.owner, self.balance, self.history)


@dataclasses.dataclass(frozen=True)
class Tx:
    src: str
    dst: str
    amount: int


class Kind(enum.Enum):
    CHECKING = "chk"
    SAVINGS = "sav"


class Perm(enum.IntFlag):
    R = 4
    W = 2


Pt = collections.namedtuple("Pt", "x y")


class Tree:
    def __init__(self, label, *children):
        self.label = label
        self.children = list(children)
        self.parent = None
        for ch in children:
            ch.parent = self

    def walk(self):
        out = [self.label]
        for ch in self.children:
            out.extend(ch.walk())
        return out


class Frac:
    def __init__(self, n, d):
        self.n, self.d = n, d

    def __reduce__(self):
        return (Frac, (self.n, self.d), {"note": "via reduce"})

    def __repr__(self):
        return "Frac(%d/%d %s)" % (self.n, self.d, getattr(self, "note", "-"))


class Secret:
    def __init__(self, user, password):
        self.user = user
        self.password = password

    def __getstate__(self):
        return {"user": self.user}

    def __setstate__(self, state):
        self.user = state["user"]
        self.password = None


class Cell:
    __slots__ = ("row", "col")

    def __init__(self, row, col):
        self.row, self.col = row, col

    def __repr__(self):
        return "Cell(%d,%d)" % (self.row, self.col)


class Strict:
    def __new__(cls, token, *, level):
        self = super().__new__(cls)
        self.token = token
        self.level = level
        return self

    def __getnewargs_ex__(self):
        return ((self.token,), {"level": self.level})


def top_level_fn(x):
    return x + 1


acct = Account("ann").deposit(10).deposit(5)
tree = Tree("root", Tree("a", Tree("a1")), Tree("b"))
objs = [acct, Tx("a", "b", 3), Kind.SAVINGS, Perm.R | Perm.W, Pt(1, 2), Frac(3, 4), Cell(2, 5),
        Account, Tx, Kind, top_level_fn, Account.deposit, Kind.CHECKING.name, {"k": (acct, acct)}]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in objs:
        if isinstance(obj, Cell) and proto < 2:
            continue
        data = pickle.dumps(obj, protocol=proto)
        back = pickle.loads(data)
        ok = back == obj or back is obj or repr(back) == repr(obj) or repr(back) == repr(obj).replace("-", "via reduce")
        if not ok:
            print("MISMATCH", proto, obj, back)
    t2 = pickle.loads(pickle.dumps(tree, protocol=proto))
    print(proto, t2.walk(), t2.children[0].parent is t2, t2.children[0].children[0].parent.label)
shared = pickle.loads(pickle.dumps({"k": (acct, acct)}))
print(shared["k"][0] is shared["k"][1], shared["k"][0], shared["k"][0].bank)
print(pickle.loads(pickle.dumps(Frac(1, 2))), pickle.loads(pickle.dumps(Cell(7, 8), 2)))
s = pickle.loads(pickle.dumps(Secret("bob", "hunter2")))
print(s.user, s.password)
st = pickle.loads(pickle.dumps(Strict("tok", level=3), protocol=4))
print(st.token, st.level, type(st).__name__)
print(pickle.loads(pickle.dumps(top_level_fn))(41), pickle.loads(pickle.dumps(Account)) is Account)
print(pickle.loads(pickle.dumps(Kind.SAVINGS)) is Kind.SAVINGS, pickle.loads(pickle.dumps(Perm(6))))
m = pickle.loads(pickle.dumps(Account.deposit))
print(m is Account.deposit, m(Account("zed"), 4))
bound = pickle.loads(pickle.dumps(Account("x", 1).deposit))
print(bound(2), bound.__self__.owner)
cm = pickle.loads(pickle.dumps(Tree.walk))
print(cm.__qualname__, cm(Tree("solo")))


def make_local():
    class Local:
        pass
    return Local


for bad in [make_local()(), lambda: 1, make_local()]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, AttributeError, TypeError) as e:
        print(type(e).__name__, re.sub(r" at 0x[0-9a-fA-F]+", "", str(e)).replace("__main__", "MOD").replace(__name__, "MOD"))


class Custom(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Account):
            return "acct:" + obj.owner
        return None


class CustomU(pickle.Unpickler):
    def persistent_load(self, pid):
        return "<loaded %s>" % pid


buf = io.BytesIO()
Custom(buf).dump([acct, 1, Account("zz")])
buf.seek(0)
print(CustomU(buf).load())
