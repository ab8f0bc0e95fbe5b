# collections in a small inventory/event system: namedtuple records (with defaults, _replace,
# _asdict, pickling round-trip), Counter arithmetic, defaultdict trees, deque as a bounded
# history and a rotating scheduler, OrderedDict as an LRU cache, ChainMap for layered config.
import pickle
from collections import Counter, ChainMap, OrderedDict, defaultdict, deque, namedtuple

Item = namedtuple("Item", ["sku", "name", "price", "qty"], defaults=[0])
Point = namedtuple("Point", "x y")

stock = [Item("A1", "bolt", 0.25, 400), Item("B2", "nut", 0.1, 1200), Item("C3", "gear", 4.5)]
print(stock[0], stock[2].qty, Item._fields, Item._field_defaults)
restocked = stock[2]._replace(qty=30)
print(restocked, restocked._asdict())
print("value:", round(sum([i.price * i.qty for i in stock + [restocked]]), 2))
p = Point(3, 4)
x, y = p
print(p, x * y, p._make([5, 6]), Point(*sorted(p, reverse=True)), p == (3, 4))

data = pickle.dumps([p, stock[0]])
back = pickle.loads(data)
print("pickled:", back, type(back[0]).__name__, back[0] == p)

inventory = Counter(bolt=400, nut=1200, gear=0)
order = Counter(bolt=150, nut=1300, washer=10)
print("after order:", sorted((inventory - order).items()))
print("shortfall:  ", sorted((order - inventory).items()))
print("combined:   ", sorted((inventory + order).items()))
print("union/inter:", sorted((inventory | order).items()), sorted((inventory & order).items()))
inventory.subtract(order)
print("subtract:   ", sorted(inventory.items()), "total", inventory.total())
print("most common letters:", Counter("mississippi").most_common(2), list(Counter("abca").elements()))


def tree():
    return defaultdict(tree)


org = tree()
org["eng"]["backend"]["alice"] = "lead"
org["eng"]["frontend"]["bob"] = "dev"
org["ops"]["carol"] = "sre"


def dump(d, depth=0):
    for k in sorted(d):
        v = d[k]
        if isinstance(v, dict):
            print("  " * depth + k + "/")
            dump(v, depth + 1)
        else:
            print("  " * depth + f"{k}: {v}")


dump(org)
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups[word[0]].append(word)
print(dict(groups), groups.default_factory.__name__)

history = deque(maxlen=3)
for cmd in ["ls", "cd /tmp", "make", "make test", "git status"]:
    history.append(cmd)
print("history:", list(history), history.maxlen)
ring = deque(["alice", "bob", "carol"])
turns = []
for _ in range(5):
    turns.append(ring[0])
    ring.rotate(-1)
print("turns:", turns, "| appendleft:", (ring.appendleft("zed"), list(ring))[1])


def make_lru(capacity):
    cache = OrderedDict()

    def get(key, compute):
        if key in cache:
            cache.move_to_end(key)
            return cache[key], "hit"
        value = cache[key] = compute(key)
        if len(cache) > capacity:
            evicted, _ = cache.popitem(last=False)
            print(f"   evict {evicted}")
        return value, "miss"

    return get, cache


get, cache = make_lru(2)
for k in ["a", "b", "a", "c", "b", "a"]:
    print(f"  get({k}) ->", get(k, str.upper))
print("cache order:", list(cache))

defaults = {"color": "auto", "pager": "less", "depth": 3}
user = {"pager": "more"}
cli = {"depth": 10}
config = ChainMap(cli, user, defaults)
print({k: config[k] for k in sorted(config)}, config.maps[1])
child = config.new_child({"color": "never"})
print(child["color"], config["color"], len(child), sorted(child.parents))
try:
    Item("Z9")
except TypeError as e:
    print("TypeError:", e)
