"""Depth-first search with no visited mark: a student reached along two chains is put in line twice."""
import sys

input = sys.stdin.readline
n, m = map(int, input().split())
after = [[] for _ in range(n + 1)]
has_before = [False] * (n + 1)
for _ in range(m):
    a, b = map(int, input().split())
    after[a].append(b)
    has_before[b] = True
finished = []


def visit(a):
    for b in after[a]:
        visit(b)
    finished.append(a)


for s in range(1, n + 1):
    if not has_before[s]:
        visit(s)
print(*reversed(finished))
