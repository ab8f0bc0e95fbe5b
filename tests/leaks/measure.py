"""Imports leakcheck from MOD_DIR (else SRC_DIR), calls work() N times after a warm-up and
prints how much memory, how many gc-tracked objects and which reference counts grew.

usage: python3 measure.py MOD_DIR SRC_DIR N
"""
import gc
import sys
import tracemalloc

mod_dir, src_dir, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path[0:0] = [mod_dir, src_dir]
import leakcheck  # noqa: E402

work = leakcheck.work
sentinel = object()


def snapshot():
    gc.collect()
    return [
        tracemalloc.get_traced_memory()[0],
        len(gc.get_objects()),
        sys.getrefcount(sentinel),
        sys.getrefcount(work),
        sys.getrefcount(leakcheck.make_adder),
        sys.getrefcount(leakcheck.__dict__),
        sys.getrefcount(ValueError),
    ]


result = work(sentinel)
tracemalloc.start()
for _ in range(max(n // 4, 1)):
    work(sentinel)
before = snapshot()
for _ in range(n):
    work(sentinel)
after = snapshot()
tracemalloc.stop()
print("file", leakcheck.__file__)
print("result", repr(result))
print("memory", after[0] - before[0])
print("objects", after[1] - before[1])
print("refcounts", *[a - b for a, b in zip(after[2:], before[2:])])
