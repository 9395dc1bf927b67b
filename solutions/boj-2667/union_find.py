"""Union-find over the cells: join every house with the house to its right and the one below.

Each complex becomes one tree; the sizes are the number of houses per root.

Time: O(N^2 * α(N^2) + C log C) for C complexes. Space: O(N^2).
"""
import sys

input = sys.stdin.readline

n = int(input())
grid = [input().strip() for _ in range(n)]
parent = list(range(n * n))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for r in range(n):
    for c in range(n):
        if grid[r][c] != "1":
            continue
        for nr, nc in ((r + 1, c), (r, c + 1)):
            if nr < n and nc < n and grid[nr][nc] == "1":
                a, b = find(r * n + c), find(nr * n + nc)
                if a != b:
                    parent[b] = a
count = {}
for r in range(n):
    for c in range(n):
        if grid[r][c] == "1":
            root = find(r * n + c)
            count[root] = count.get(root, 0) + 1
sizes = sorted(count.values())
print(len(sizes))
for size in sizes:
    print(size)
