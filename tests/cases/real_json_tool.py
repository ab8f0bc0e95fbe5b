# A JSON round-trip and pretty-printer: dumps/loads with indent, sort_keys, separators,
# custom default= and object_hook=, error reporting for malformed documents, and a
# recursive tree printer.
import json
import io

INVENTORY = {
    "store": "North Branch",
    "open": True,
    "rating": 4.5,
    "manager": None,
    "items": [
        {"sku": "A-100", "name": "Widget", "price": 2.5, "qty": 10, "tags": ["small", "metal"]},
        {"sku": "B-220", "name": "Gadget", "price": 12.0, "qty": 0, "tags": []},
        {"sku": "C-7", "name": "Caf\u00e9 mug \u2615", "price": 7.25, "qty": 3, "tags": ["kitchen"]},
    ],
    "hours": {"mon": [9, 17], "sat": [10, 14], "sun": None},
}


def encode_extra(obj):
    if isinstance(obj, set):
        return {"__set__": sorted(obj)}
    if isinstance(obj, complex):
        return {"__complex__": [obj.real, obj.imag]}
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def decode_extra(d):
    if "__set__" in d:
        return set(d["__set__"])
    if "__complex__" in d:
        re_, im = d["__complex__"]
        return complex(re_, im)
    return d


def tree(value, indent=0, label="$"):
    pad = "  " * indent
    if isinstance(value, dict):
        print(f"{pad}{label}: object({len(value)})")
        for k in sorted(value):
            tree(value[k], indent + 1, k)
    elif isinstance(value, list):
        print(f"{pad}{label}: array({len(value)})")
        for i, v in enumerate(value):
            tree(v, indent + 1, f"[{i}]")
    else:
        print(f"{pad}{label} = {json.dumps(value)}")


text = json.dumps(INVENTORY, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print("round trip equal:", back == INVENTORY)
print("compact:", json.dumps(back["hours"], separators=(",", ":"), sort_keys=True))
print("ascii:", json.dumps(INVENTORY["items"][2]["name"]))
print("utf8:", json.dumps(INVENTORY["items"][2]["name"], ensure_ascii=False))

tree(back)

in_stock = [i["name"] for i in back["items"] if i["qty"] > 0]
value = sum([i["price"] * i["qty"] for i in back["items"]])
print("in stock:", in_stock, "value: %.2f" % value)

extra = {"ids": {3, 1, 2}, "z": 1 + 2j, "plain": [1, 2]}
encoded = json.dumps(extra, default=encode_extra, sort_keys=True)
print(encoded)
decoded = json.loads(encoded, object_hook=decode_extra)
print(sorted(decoded["ids"]), decoded["z"], decoded["plain"])

try:
    json.dumps({"when": object})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"bad": frozenset()}, default=encode_extra)
except TypeError as e:
    print("TypeError:", e)

for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:18} -> {e.msg} (line {e.lineno}, col {e.colno}, pos {e.pos})")

buf = io.StringIO()
json.dump([1, 2.0, "three", [True, False, None]], buf)
buf.seek(0)
print("via file:", json.load(buf))
print(json.loads("1e400"), json.loads("-0.0"), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.dumps(float("nan")), json.dumps(float("-inf")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.5]", parse_float=lambda s: "F" + s))
