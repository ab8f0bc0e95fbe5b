# A regex-based web/app log analyzer: named groups, verbose patterns, finditer, sub with a
# function, split, fullmatch, flags, and a summary of status codes, slow requests and errors.
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [10/Mar/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 0.012
192.168.1.11 - alice [10/Mar/2024:13:55:40 +0000] "POST /api/login HTTP/1.1" 302 512 0.230
10.0.0.5 - - [10/Mar/2024:13:56:01 +0000] "GET /api/items?page=2&sort=price HTTP/1.1" 200 8812 1.540
10.0.0.5 - - [10/Mar/2024:13:56:02 +0000] "GET /static/app.js HTTP/1.1" 304 0 0.003
garbage line that does not match
192.168.1.10 - bob [10/Mar/2024:13:57:12 +0000] "DELETE /api/items/42 HTTP/1.1" 403 120 0.041
172.16.0.2 - - [10/Mar/2024:13:58:59 +0000] "GET /api/items/x HTTP/1.1" 500 98 2.750
192.168.1.11 - alice [10/Mar/2024:14:01:00 +0000] "GET /api/items?page=1 HTTP/1.1" 200 9120 0.870
"""

APP_LOG = """\
2024-03-10 13:58:59,120 ERROR [worker-2] ValueError: invalid item id 'x' (user=anonymous)
2024-03-10 13:59:03,001 WARNING [worker-1] slow query took 1540ms (table=items)
2024-03-10 14:00:00,000 INFO [main] heartbeat ok
2024-03-10 14:00:10,555 ERROR [worker-1] KeyError: 'price' (user=alice)
"""

LINE_RE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s+ - \s+ (?P<user>\S+) \s+
    \[(?P<day>\d{2})/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]{8}) \s [+-]\d{4}\] \s+
    "(?P<method>[A-Z]+) \s (?P<path>\S+) \s HTTP/(?P<ver>[\d.]+)" \s+
    (?P<status>\d{3}) \s+ (?P<size>\d+) \s+ (?P<secs>\d+\.\d+)
""", re.VERBOSE)

APP_RE = re.compile(r"^(\S+ \S+) (ERROR|WARNING|INFO) \[([\w-]+)\] (.*)$", re.MULTILINE)

records, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE_RE.fullmatch(line)
    if m is None:
        bad.append(n)
        continue
    rec = m.groupdict()
    rec["status"] = int(rec["status"])
    rec["secs"] = float(rec["secs"])
    rec["size"] = int(rec["size"])
    records.append(rec)

print(f"parsed {len(records)} lines; unparsable lines: {bad}")
print("first:", {k: records[0][k] for k in ("ip", "method", "path", "status")})
status = Counter([r["status"] // 100 * 100 for r in records])
print("status classes:", sorted(status.items()))
by_ip = defaultdict(list)
for r in records:
    by_ip[r["ip"]].append(r["size"])
for ip in sorted(by_ip, key=lambda ip: [int(p) for p in ip.split(".")]):
    print(f"  {ip:<15} {len(by_ip[ip])} req {sum(by_ip[ip]):>6} bytes")
slow = [(r["secs"], r["path"]) for r in records if r["secs"] > 0.5]
print("slow:", sorted(slow, reverse=True))
users = sorted({r["user"] for r in records if r["user"] != "-"})
print("users:", users)

def route(path):
    path = path.split("?", 1)[0]
    return re.sub(r"/\d+(?=/|$)", "/{id}", path)

print("routes:", sorted(Counter([route(r["path"]) for r in records]).items()))
for r in records:
    q = r["path"].partition("?")[2]
    if q:
        params = dict(re.findall(r"([^&=]+)=([^&]*)", q))
        print(f"  query {r['path']!r} -> {params}")

print("app log:")
levels = Counter()
for m in APP_RE.finditer(APP_LOG):
    when, level, worker, msg = m.groups()
    levels[level] += 1
    exc = re.match(r"(\w+(?:Error|Exception)): (.*)", msg)
    if exc:
        user = re.search(r"\(user=(\w+)\)", msg)
        print(f"  {when[11:19]} {worker:<9} {exc.group(1)} by {user.group(1) if user else '?'}")
print("  levels:", dict(sorted(levels.items())))

def mask(m):
    parts = m.group(0).split(".")
    return ".".join(parts[:2] + ["x"] * (len(parts) - 2))

masked = re.sub(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", mask, LOG.splitlines()[2])
print("masked:", masked[:40])
print(re.split(r"[\s,;]+", "a, b;c  d,,e"), re.split(r"(\d)", "x1y2z"))
print(re.sub(r"(?i)get|post", lambda m: m.group(0).lower(), 'GET x Post y'))
print(bool(re.search(r"^INFO", APP_LOG)), len(re.findall(r"^\d{4}", APP_LOG, re.M)))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, "at", e.pos)
print(re.escape("1+1=2?"), LINE_RE.groupindex["status"], LINE_RE.groups)
