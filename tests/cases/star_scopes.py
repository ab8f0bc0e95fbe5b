# except* in different scopes: loops (break/continue in the try body, loops inside handlers), nested functions and closures (as-name held in a cell), class bodies, generators, coroutines driven by send() and asyncio (TaskGroup), comprehensions in handlers.
import asyncio
import sys


def describe(eg):
    if isinstance(eg, BaseExceptionGroup):
        return "%s(%r, [%s])" % (type(eg).__name__, eg.message, ", ".join(describe(e) for e in eg.exceptions))
    return "%s(%r)" % (type(eg).__name__, str(eg))


# loops
def loop():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 5:
                break
            errs = [ValueError(i)] if i % 2 else [KeyError(i), ValueError(i)]
            raise ExceptionGroup("it%d" % i, errs)
        except* ValueError as eg:
            out.append(("V", i, len(eg.exceptions)))
            for e in eg.exceptions:
                if e.args[0] == 4:
                    break
                out.append(("leaf", e.args[0]))
            else:
                out.append("no break")
        except* KeyError:
            n = 0
            while True:
                n += 1
                if n < 3:
                    continue
                break
            out.append(("K", i, n))
        finally:
            out.append(("finally", i))
    return out


for item in loop():
    print(item)


def loop_with_rest():
    results = []
    i = 0
    while i < 3:
        i += 1
        try:
            try:
                raise ExceptionGroup("w", [TypeError(i), ValueError(i)])
            except* TypeError:
                results.append("T%d" % i)
        except ExceptionGroup as rest:
            results.append("rest %s" % describe(rest))
    return results


print(loop_with_rest())


# nested functions and closures
def outer():
    seen = []

    def inner(exc):
        try:
            raise exc
        except* OSError as eg:
            def report():
                return "closure sees " + describe(eg)
            seen.append(report)
            print(report())
        try:
            eg
        except NameError as err:
            print("after clause the cell is empty:", type(err).__name__)
        return seen

    inner(ExceptionGroup("x", [FileNotFoundError("f"), PermissionError("p")]))
    try:
        seen[0]()
    except NameError as err:
        print("stored closure after unbinding:", type(err).__name__)
    inner(OSError("naked"))
    return len(seen)


print("closures made:", outer())


def nonlocal_counter():
    count = 0

    def bump(g):
        nonlocal count
        try:
            raise g
        except* ValueError as eg:
            count += len(eg.exceptions)
        except* Exception as eg:
            count += 100 * len(eg.exceptions)

    bump(ExceptionGroup("a", [ValueError(), ValueError(), KeyError()]))
    bump(TypeError())
    return count


print("nonlocal counter:", nonlocal_counter())


def comprehension_in_handler():
    try:
        raise ExceptionGroup("c", [ValueError(3), ValueError(1), ValueError(2), KeyError("k")])
    except* ValueError as eg:
        print("sorted:", sorted(e.args[0] for e in eg.exceptions))
        print("by lambda:", list(map(lambda e: e.args[0] * 10, eg.exceptions)))
        print("dict:", {e.args[0]: type(e).__name__ for e in eg.exceptions})
    except* KeyError as eg:
        print("keys:", [str(e) for e in eg.exceptions])


comprehension_in_handler()


# class bodies
class Config:
    try:
        raise ExceptionGroup("cfg", [KeyError("a"), ValueError("b")])
    except* KeyError as eg:
        missing = [e.args[0] for e in eg.exceptions]
    except* ValueError as eg:
        invalid = [e.args[0] for e in eg.exceptions]
    else:
        missing = invalid = None
    finally:
        done = True


print("class attrs:", Config.missing, Config.invalid, Config.done, hasattr(Config, "eg"))


def class_in_function(flag):
    class Local:
        try:
            if flag:
                raise ValueError("in class")
            value = "ok"
        except* ValueError as eg:
            value = describe(eg)
    return Local.value


print(class_in_function(False), "|", class_in_function(True))


# generators
def gen():
    for k in range(3):
        try:
            yield "try %d" % k
            raise ExceptionGroup("g%d" % k, [ValueError(k), KeyError(k)])
        except* ValueError as eg:
            x = yield "V handler %d" % len(eg.exceptions)
            print("   sent into V handler:", x)
        except* KeyError:
            yield "K handler"
        finally:
            print("   gen finally", k)
    return "gen done"


g = gen()
print(next(g))
print(g.send("hello"))
print(g.send("world"))
print(list(g))


def gen_throw_catch():
    try:
        yield 1
    except* ValueError as eg:
        print("   generator caught thrown:", describe(eg))
        yield 2
    yield 3


g = gen_throw_catch()
next(g)
print(g.throw(ValueError("thrown in")))
print(next(g))


def gen_close():
    try:
        yield "open"
    except* GeneratorExit:
        print("   GeneratorExit caught via except*; re-raising")
        raise


g = gen_close()
next(g)
try:
    g.close()
    print("closed")
except BaseException as e:
    print("close raised:", describe(e))


def yield_from_star():
    def sub():
        yield "sub"
        raise ExceptionGroup("from sub", [OSError("o"), ValueError("v")])
    try:
        r = yield from sub()
    except* OSError as eg:
        yield "delegator handled " + describe(eg)


try:
    for v in yield_from_star():
        print(v)
except ExceptionGroup as rest:
    print("yield from rest:", describe(rest))


# coroutines driven by hand
class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


async def coro(fail):
    try:
        got = await Suspend()
        print("   resumed with", got)
        if fail:
            raise ExceptionGroup("c", [ValueError("cv"), OSError("co")])
        return "no failure"
    except* ValueError as eg:
        got = await Suspend()
        print("   handler resumed with", got)
        result = "handled %d ValueError(s)" % len(eg.exceptions)
    except* OSError:
        print("   OSError part")
    return result


async def coro_wrapper(fail):
    try:
        return await coro(fail)
    except BaseException as e:
        return "coroutine raised " + describe(e)


for fail in (False, True):
    c = coro_wrapper(fail)
    print(c.send(None))
    try:
        print(c.send("first"))
        c.send("second")
    except StopIteration as stop:
        print("result:", stop.value)


# asyncio: TaskGroup failures caught with except*
async def worker(n):
    await asyncio.sleep(0)
    if n == 9:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("   worker 9 cancelled by the failing TaskGroup")
            raise
    if n == 2:
        raise ValueError("worker %d" % n)
    if n == 3:
        raise KeyError("worker %d" % n)
    return n


async def supervisor(ns):
    results = []
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(worker(n)) for n in ns]
        results = [t.result() for t in tasks]
    except* ValueError as eg:
        await asyncio.sleep(0)
        results.append("ValueErrors: %s" % sorted(str(e) for e in eg.exceptions))
    except* KeyError as eg:
        results.append("KeyErrors: %s" % sorted(str(e) for e in eg.exceptions))
    print("   sys.exception() after except* in coroutine:", sys.exception())
    return results


print(asyncio.run(supervisor([0, 1])))
print(asyncio.run(supervisor([1, 2])))
print(asyncio.run(supervisor([2, 3, 1])))
print(asyncio.run(supervisor([9, 3])))


async def gather_naked():
    try:
        await asyncio.gather(worker(3))
    except* LookupError as eg:
        msg = "naked task error wrapped: " + describe(eg)
    return msg


print(asyncio.run(gather_naked()))
