"""Count regions by recursive depth-first search, with the recursion limit raised for N = 100.

A region can hold all 10,000 cells, and the recursion can go that deep: far
past Python's default limit of 1,000. The colour-blind view compares colours
through a table that maps G to R.

Time: O(N^2). Space: O(N^2), the recursion included.
"""
import sys

sys.setrecursionlimit(20_000)
input = sys.stdin.readline


def fill(picture, seen, r, c, shade):
    """Mark every cell of (r, c)'s region, colours compared through ``shade``."""
    seen[r][c] = True
    n = len(picture)
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < n and not seen[nr][nc] and shade[picture[nr][nc]] == shade[picture[r][c]]:
            fill(picture, seen, nr, nc, shade)


def regions(picture, shade):
    """The number of regions when colours look as ``shade`` maps them."""
    n = len(picture)
    seen = [[False] * n for _ in range(n)]
    count = 0
    for r in range(n):
        for c in range(n):
            if not seen[r][c]:
                count += 1
                fill(picture, seen, r, c, shade)
    return count


n = int(input())
picture = [input().strip() for _ in range(n)]
print(regions(picture, {"R": "R", "G": "G", "B": "B"}), regions(picture, {"R": "R", "G": "R", "B": "B"}))
