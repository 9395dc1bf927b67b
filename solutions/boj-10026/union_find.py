"""Union-find over the cells: join each cell to its right and lower neighbours when they look alike.

Every join of two different sets makes one region fewer, so the count starts
at N^2 and drops by one per successful union. The colour-blind count joins
red and green too.

Time: O(N^2 * α(N^2)). Space: O(N^2).
"""
import sys

input = sys.stdin.readline


def find(parent, x):
    """The root of x's set, halving the path on the way."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def regions(picture):
    """The number of regions: cells joined whenever a neighbour has the same colour."""
    n = len(picture)
    parent = list(range(n * n))
    count = n * n
    for r in range(n):
        for c in range(n):
            for nr, nc in ((r + 1, c), (r, c + 1)):
                if nr < n and nc < n and picture[nr][nc] == picture[r][c]:
                    a, b = find(parent, r * n + c), find(parent, nr * n + nc)
                    if a != b:
                        parent[a] = b
                        count -= 1
    return count


n = int(input())
picture = [input().strip() for _ in range(n)]
print(regions(picture), regions([row.replace("G", "R") for row in picture]))
