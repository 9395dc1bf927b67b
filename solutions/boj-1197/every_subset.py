"""Every set of V - 1 edges, checked: keep those that connect all the vertices, take the lightest.

A spanning tree is exactly V - 1 edges that join all V vertices. Try every choice
of V - 1 edges, test with a search whether it reaches every vertex, and keep the
smallest total weight. No greedy step, no sorting, no cut property to trust: the oracle.

Time: O(C(E, V - 1) * (V + E)). Space: O(V + E).
"""
import sys
from itertools import combinations

data = sys.stdin.read().split()
v, e = int(data[0]), int(data[1])
edges = [(int(data[i]), int(data[i + 1]), int(data[i + 2])) for i in range(2, 2 + 3 * e, 3)]
best = None
for chosen in combinations(edges, v - 1):
    adjacent = {x: [] for x in range(1, v + 1)}
    for a, b, _ in chosen:
        adjacent[a].append(b)
        adjacent[b].append(a)
    seen = {1}
    stack = [1]
    while stack:
        x = stack.pop()
        for y in adjacent[x]:
            if y not in seen:
                seen.add(y)
                stack.append(y)
    if len(seen) == v:
        total = sum(w for _, _, w in chosen)
        if best is None or total < best:
            best = total
print(best)
