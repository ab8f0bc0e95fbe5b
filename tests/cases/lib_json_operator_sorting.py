# json with a custom JSONEncoder subclass (default() for compiled classes, dataclasses,
# enums, sets), object_hook/object_pairs_hook reviving instances, JSONDecoder subclass;
# operator.attrgetter/itemgetter/methodcaller and sorted/min/max/groupby with method keys.
import json
import operator
import itertools
import dataclasses
import enum
from operator import attrgetter, methodcaller, itemgetter


class Role(enum.Enum):
    ADMIN = "admin"
    USER = "user"


@dataclasses.dataclass
class Address:
    city: str
    zip: str


class User:
    def __init__(self, name, age, role, address, tags=()):
        self.name = name
        self.age = age
        self.role = role
        self.address = address
        self.tags = set(tags)

    def display(self, upper=False):
        return self.name.upper() if upper else self.name

    def sort_key(self):
        return (self.role.value, -self.age)

    def __repr__(self):
        return "User(%s, %d)" % (self.name, self.age)

    def to_json(self):
        return {"__type__": "User", "name": self.name, "age": self.age, "role": self.role,
                "address": self.address, "tags": self.tags}


class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if hasattr(o, "to_json"):
            return o.to_json()
        if dataclasses.is_dataclass(o):
            d = dataclasses.asdict(o)
            d["__type__"] = type(o).__name__
            return d
        if isinstance(o, enum.Enum):
            return {"__enum__": "%s.%s" % (type(o).__name__, o.name)}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


def revive(d):
    if "__enum__" in d:
        cls_name, member = d["__enum__"].split(".")
        return {"Role": Role}[cls_name][member]
    t = d.pop("__type__", None)
    if t == "Address":
        return Address(**d)
    if t == "User":
        return User(d["name"], d["age"], d["role"], d["address"], d["tags"])
    return d


users = [
    User("carol", 35, Role.USER, Address("Oslo", "0150"), ["b", "a"]),
    User("alice", 30, Role.ADMIN, Address("Paris", "75001"), ["x"]),
    User("bob", 41, Role.USER, Address("Oslo", "0151")),
    User("dave", 30, Role.ADMIN, Address("Rome", "00100"), ["z", "y"]),
]
text = json.dumps(users, cls=AppEncoder, sort_keys=True)
print(text[:160])
print(json.dumps(users[1], cls=AppEncoder, indent=2, sort_keys=True))
back = json.loads(text, object_hook=revive)
print(back, [u.address for u in back], back[0].role is Role.USER, sorted(back[0].tags))
try:
    json.dumps({"x": object.__new__(type("Opaque", (), {}))}, cls=AppEncoder)
except TypeError as e:
    print("TypeError:", e)


class Ordered(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=self.pairs, **kw)

    def pairs(self, items):
        return [k for k, v in items]


print(json.loads('{"b": 1, "a": {"y": 2, "x": 3}}', cls=Ordered))
enc = AppEncoder(separators=(",", ":"))
print(enc.encode({"r": Role.ADMIN, "s": {3, 1, 2}}), list(enc.iterencode([Address("A", "1")]))[:3])

print(sorted(users, key=attrgetter("age", "name")))
print(sorted(users, key=methodcaller("sort_key")))
print(sorted(users, key=User.sort_key, reverse=True))
print([methodcaller("display", upper=True)(u) for u in users], attrgetter("address.city")(users[0]))
print(min(users, key=attrgetter("age")), max(users, key=lambda u: len(u.tags)))
for city, grp in itertools.groupby(sorted(users, key=attrgetter("address.city")), key=attrgetter("address.city")):
    print(city, [u.name for u in grp])
pairs = [(u.name, u.age) for u in users]
print(sorted(pairs, key=itemgetter(1, 0)), list(map(itemgetter(0), pairs)))
print(list(map(User.display, users)), list(map(operator.attrgetter("role.name"), users)))
ag = attrgetter("name")
mc = methodcaller("display", True)
print(repr(ag), repr(mc), operator.length_hint(users), operator.index(Role.ADMIN is Role.ADMIN))


class Vec:
    def __init__(self, *c):
        self.c = c

    def __getitem__(self, i):
        return self.c[i]

    def __len__(self):
        return len(self.c)

    def __matmul__(self, other):
        return sum([a * b for a, b in zip(self.c, other.c)])

    def __index__(self):
        return len(self.c)


v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(operator.matmul(v, w), operator.getitem(v, 1), operator.itemgetter(0, 2)(v), operator.index(v), [10, 20, 30, 40][v])
