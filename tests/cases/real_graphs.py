# Graph algorithms on adjacency dicts: BFS shortest paths, iterative and recursive DFS,
# Dijkstra with heapq, Kahn's topological sort with cycle detection, connected components,
# and Prim's minimum spanning tree.
import heapq
from collections import deque, defaultdict

EDGES = [
    ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
    ("E", "D", 4), ("D", "F", 11), ("E", "F", 9), ("G", "H", 1),
]


def undirected(edges):
    g = defaultdict(dict)
    for u, v, w in edges:
        g[u][v] = w
        g[v][u] = w
    return g


def bfs_path(g, start, goal):
    prev = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt in sorted(g[node]):
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    return None


def dfs_recursive(g, node, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(node)
    order.append(node)
    for nxt in sorted(g[node]):
        if nxt not in seen:
            dfs_recursive(g, nxt, seen, order)
    return order


def dfs_iterative(g, start):
    seen, order, stack = set(), [], [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        stack.extend(sorted(g[node], reverse=True))
    return order


def dijkstra(g, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    done = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in g[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def components(g):
    seen, comps = set(), []
    for node in sorted(g):
        if node not in seen:
            comp = dfs_recursive(g, node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps


def toposort(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    children = defaultdict(list)
    for n, ds in deps.items():
        for d in ds:
            children[d].append(n)
            indeg[n] += 1
    ready = sorted([n for n, k in indeg.items() if k == 0])
    heapq.heapify(ready)
    order = []
    while ready:
        n = heapq.heappop(ready)
        order.append(n)
        for c in children[n]:
            indeg[c] -= 1
            if indeg[c] == 0:
                heapq.heappush(ready, c)
    if len(order) != len(indeg):
        stuck = sorted([n for n, k in indeg.items() if k > 0])
        raise ValueError(f"cycle among {stuck}")
    return order


def prim(g, start):
    seen = {start}
    heap = [(w, start, v) for v, w in g[start].items()]
    heapq.heapify(heap)
    tree = []
    while heap:
        w, u, v = heapq.heappop(heap)
        if v in seen:
            continue
        seen.add(v)
        tree.append((u, v, w))
        for x, wx in g[v].items():
            if x not in seen:
                heapq.heappush(heap, (wx, v, x))
    return tree


g = undirected(EDGES)
print("BFS A->F:", bfs_path(g, "A", "F"))
print("BFS A->H:", bfs_path(g, "A", "H"))
print("DFS rec:", dfs_recursive(g, "A"))
print("DFS it: ", dfs_iterative(g, "A"))
dist, prev = dijkstra(g, "A")
for node in sorted(dist):
    path, cur = [node], node
    while cur in prev:
        cur = prev[cur]
        path.append(cur)
    print(f"  {node}: {dist[node]:>2} via {'-'.join(reversed(path))}")
print("components:", components(g))
mst = prim(g, "A")
print("MST:", mst, "weight", sum([w for _, _, w in mst]))

build = {
    "app": ["lib", "utils", "config"],
    "lib": ["utils", "core"],
    "utils": ["core"],
    "tests": ["app", "mock"],
    "config": [],
}
print("build order:", toposort(build))
build["core"] = ["tests"]
try:
    toposort(build)
except ValueError as e:
    print("error:", e)
