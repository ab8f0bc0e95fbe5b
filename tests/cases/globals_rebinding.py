"""Global and builtin lookups honour every later rebinding (per-site caches must notice)."""
import builtins


def use_len(x):
    return len(x)


def use_value():
    return value


value = 1
results = []
for round_ in range(4):
    results.append(use_value())
    value += 1
print(results)

print(use_len("abc"))
len = lambda x: "shadowed"  # noqa: E731
print(use_len("abc"))
del len
print(use_len("abc"))

original = builtins.len
builtins.len = lambda x: "patched builtin"
print(use_len("abc"))
builtins.len = original
print(use_len("abc"))

globals()["value"] = "via globals()"
print(use_value())
exec("value = 'via exec'")
print(use_value())

del value
try:
    use_value()
except NameError as e:
    print("NameError:", e)


def counter():
    global total
    for i in range(1000):
        total = total + i
    return total


total = 0
print(counter(), counter())


def lookup_many():
    out = []
    for name in ["abs", "min", "max"]:
        out.append(eval(name)(-3, 2) if name != "abs" else abs(-3))
    return out


print(lookup_many())
