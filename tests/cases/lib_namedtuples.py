# typing.NamedTuple classes (defaults, methods, properties, _replace, _asdict, _fields,
# _field_defaults, subclassing) and collections.namedtuple (rename, defaults, subclass
# with __slots__ = () and extra methods), unpacking, sorting, pickling round trip.
import collections
import pickle
from typing import NamedTuple, Optional


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000
    manager: Optional[str] = None

    def raise_by(self, pct):
        return self._replace(salary=int(self.salary * (1 + pct / 100)))

    @property
    def initials(self):
        return "".join([p[0] for p in self.name.split()])

    def __str__(self):
        return "%s (%s) $%d" % (self.name, self.dept, self.salary)


e = Employee("Ada Lovelace", "eng")
print(e)
print(repr(e), e.initials, e[0], e[-2], len(e))
e2 = e.raise_by(10)
print(e2, e2 is not e, e.salary)
print(e._asdict(), Employee._fields, Employee._field_defaults)
name, dept, *rest = e2
print(name, dept, rest)
print(Employee._make(["Bob Ross", "art", 1, "Ada"]), Employee.__annotations__["salary"].__name__)
staff = [Employee("C Z", "ops", 70000), e2, Employee("B Y", "eng", 60000)]
print([s.name for s in sorted(staff, key=lambda s: (s.dept, -s.salary))])
print(sorted(staff)[0].name, max(staff, key=Employee.initials.fget))
print(isinstance(e, tuple), issubclass(Employee, tuple), e == ("Ada Lovelace", "eng", 50000, None))
try:
    e.salary = 1
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    Employee("x")
except TypeError as ex:
    print("TypeError:", ex)


class Manager(Employee):
    def reports(self, staff):
        return [s.name for s in staff if s.manager == self.name]

    def __repr__(self):
        return "Manager<%s>" % self.name


boss = Manager("Ada Lovelace", "eng", 90000)
team = [Employee("Q", "eng", manager="Ada Lovelace"), Employee("R", "eng"), Employee("S", "ops", manager="Ada Lovelace")]
print(boss, boss.reports(team), boss.initials, type(boss._replace(dept="mgmt")).__name__)

Point = collections.namedtuple("Point", "x y")
Point3 = collections.namedtuple("Point3", ["x", "y", "z"], defaults=[0])
print(Point(1, 2), Point3(1, 2), Point3(1, 2, 3)._asdict(), Point3._field_defaults)
R = collections.namedtuple("R", ["a", "def", "a", "_x"], rename=True)
print(R._fields, R(1, 2, 3, 4))


class Vec(collections.namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @classmethod
    def zero(cls):
        return cls(0, 0)


v = Vec(3, 4)
print(v + Vec(1, 1), v * 2, abs(v), Vec.zero(), v._replace(y=0), hasattr(v, "__dict__"))
print(sum([Vec(1, 2), Vec(3, 4)], Vec.zero()), sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]))

for obj in [e2, boss, Point(5, 6), Point3(1, 2), v]:
    for proto in (0, 2, 5):
        back = pickle.loads(pickle.dumps(obj, protocol=proto))
        assert back == obj and type(back) is type(obj), (obj, proto)
    print("pickled", type(obj).__name__, repr(back))
print(collections.namedtuple("E", "")(), Employee.__doc__ if Employee.__doc__ else "nodoc")
