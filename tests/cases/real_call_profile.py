# Profiling a small word-ladder solver with cProfile to find hot spots: the profile is run
# around the solver, then pstats is queried for how many times each of this file's functions
# was called (call counts are deterministic; timings are not printed), plus a simple
# sys.setprofile-based call counter for comparison.
import cProfile
import pstats
import sys
from collections import deque

WORDS = {"cold", "cord", "card", "ward", "warm", "word", "worm", "wore", "core", "care", "cart",
         "wart", "corm", "form", "farm", "harm", "hard", "herd", "here", "hire"}


def neighbours(word):
    out = []
    for i in range(len(word)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            if c != word[i]:
                cand = word[:i] + c + word[i + 1:]
                if is_word(cand):
                    out.append(cand)
    return out


def is_word(w):
    return w in WORDS


def ladder(start, goal):
    prev = {start: None}
    queue = deque([start])
    while queue:
        w = queue.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for n in sorted(neighbours(w)):
            if n not in prev:
                prev[n] = w
                queue.append(n)
    return None


profiler = cProfile.Profile()
profiler.enable()
result = ladder("cold", "warm")
result2 = ladder("hard", "wore")
profiler.disable()
print("ladder:", " -> ".join(result))
print("ladder:", " -> ".join(result2) if result2 else None)

stats = pstats.Stats(profiler)
mine = {}
for (filename, line, name), (cc, nc, tt, ct, callers) in stats.stats.items():
    if filename.rsplit("/", 1)[-1].startswith("real_call_profile"):
        mine[name] = nc
print("calls per function:", sorted(mine.items()))

counts = {}


def counter(frame, event, arg):
    if event == "call":
        name = frame.f_code.co_name
        counts[name] = counts.get(name, 0) + 1


sys.setprofile(counter)
ladder("form", "hire")
sys.setprofile(None)
print("setprofile counts:", sorted([(k, v) for k, v in counts.items() if k in ("ladder", "neighbours", "is_word")]))
