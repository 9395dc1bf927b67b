"""Prints the depth-first finishing order as it is, without reversing it: everyone stands after those who should follow them."""
import sys

sys.setrecursionlimit(100_000)
input = sys.stdin.readline
n, m = map(int, input().split())
after = [[] for _ in range(n + 1)]
for _ in range(m):
    a, b = map(int, input().split())
    after[a].append(b)
seen = [False] * (n + 1)
finished = []


def visit(a):
    seen[a] = True
    for b in after[a]:
        if not seen[b]:
            visit(b)
    finished.append(a)


for s in range(1, n + 1):
    if not seen[s]:
        visit(s)
print(*finished)
