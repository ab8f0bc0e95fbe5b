# Old-style send()-driven coroutines: priming decorator, averager with throw, yield-from grouper, broadcaster, close().
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("averager got", repr(e))
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

def coroutine(func):
    def primer(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    primer.__name__ = func.__name__
    return primer

a = averager()
print(next(a))
print(a.send(10))
print(a.send(20))
print(a.throw(ValueError("bad")))
print(a.send(30))
try:
    a.send(None)
except StopIteration as e:
    print("done", e.value, e.args)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

def main(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for value in values:
            group.send(value)
        group.send(None)
    print(results)

main({"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]})

@coroutine
def matcher(pattern):
    print("looking for", pattern)
    try:
        while True:
            line = yield
            if pattern in line:
                print("match:", line)
    except GeneratorExit:
        print("matcher closing")
        raise

m = matcher("py")
m.send("hello python")
m.send("ruby")
m.send("pypy")
m.close()
m.close()
try:
    m.send("x")
except StopIteration:
    print("stopped")

def broadcaster(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

@coroutine
def printer(prefix):
    while True:
        x = yield
        print(prefix, x)

b = broadcaster([printer("A"), printer("B")])
next(b)
for i in range(3):
    b.send(i)

g = averager()
try:
    g.send(5)
except TypeError as e:
    print(e)
