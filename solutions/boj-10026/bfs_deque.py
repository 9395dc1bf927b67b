"""Count regions by breadth-first search, twice: as painted, then with every G repainted R.

Each unvisited cell starts a new region; a BFS from it marks every cell of the
same colour it can reach. Repainting green as red is exactly how the
colour-blind see the picture.

Time: O(N^2). Space: O(N^2).
"""
import sys
from collections import deque

input = sys.stdin.readline


def regions(picture):
    """The number of regions: 4-connected cells of one colour."""
    n = len(picture)
    seen = [[False] * n for _ in range(n)]
    count = 0
    for sr in range(n):
        for sc in range(n):
            if seen[sr][sc]:
                continue
            count += 1
            seen[sr][sc] = True
            queue = deque([(sr, sc)])
            while queue:
                r, c = queue.popleft()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < n and 0 <= nc < n and not seen[nr][nc] and picture[nr][nc] == picture[r][c]:
                        seen[nr][nc] = True
                        queue.append((nr, nc))
    return count


n = int(input())
picture = [input().strip() for _ in range(n)]
print(regions(picture), regions([row.replace("G", "R") for row in picture]))
