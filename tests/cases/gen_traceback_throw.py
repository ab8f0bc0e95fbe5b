# Uncaught exception chain from throw(): the thrown exception is handled inside the generator, whose handler raises a new error; both tracebacks (the thrown one pointing at the yield, the new one at the raise) are printed.
def worker():
    processed = 0
    while True:
        try:
            item = yield processed
            processed += 1
            print("processed", item)
        except TimeoutError as e:
            print("worker handling", repr(e))
            raise ConnectionError("worker gave up after %d items" % processed)

w = worker()
next(w)
w.send("a")
w.send("b")
w.throw(TimeoutError("no response"))
