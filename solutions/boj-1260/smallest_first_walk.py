"""Follow the definitions literally: always step to the smallest-numbered unvisited neighbour.

Depth-first: keep the current path; from its last vertex, step to the smallest
unvisited neighbour, or step back when there is none. Breadth-first: take the
visited vertices in the order they were visited, and let each, in turn, take its
smallest unvisited neighbour until none is left. Neighbours are kept as sets and
the smallest is found by min() each time: no sorting, no recursion, no queue.
The oracle.

Time: O(N * D + sum of D^2) for D distinct neighbours per vertex. Space: O(N + M).
"""
import sys

input = sys.stdin.readline

n, m, v = map(int, input().split())
joined = [set() for _ in range(n + 1)]
for _ in range(m):
    a, b = map(int, input().split())
    joined[a].add(b)
    joined[b].add(a)


def smallest_unvisited(here, seen):
    return min((there for there in joined[here] if not seen[there]), default=0)


seen = [False] * (n + 1)
seen[v] = True
depth_first, path = [v], [v]
while path:
    there = smallest_unvisited(path[-1], seen)
    if there:
        seen[there] = True
        depth_first.append(there)
        path.append(there)
    else:
        path.pop()  # no unvisited neighbour: step back

seen = [False] * (n + 1)
seen[v] = True
breadth_first = [v]
for here in breadth_first:  # grows while it is read
    while there := smallest_unvisited(here, seen):
        seen[there] = True
        breadth_first.append(there)

print(*depth_first)
print(*breadth_first)
