"""The BFS of bfs_deque.py, but with a list as the queue: queue.pop(0).

pop(0) shifts every remaining item down one place, so each dequeue costs the
queue's length. With many tomatoes ripe at the start the queue holds half a
million cells, and the shifting alone takes minutes. Kept to show why the
deque matters.

Time: O(N * M * Q) for a queue of up to Q cells. Space: O(N * M).
"""
import sys

input = sys.stdin.readline

m, n = map(int, input().split())
box = [list(map(int, input().split())) for _ in range(n)]
queue = [(r, c) for r in range(n) for c in range(m) if box[r][c] == 1]
day = 0
while queue:
    r, c = queue.pop(0)
    day = box[r][c] - 1
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < n and 0 <= nc < m and box[nr][nc] == 0:
            box[nr][nc] = box[r][c] + 1
            queue.append((nr, nc))
print(-1 if any(0 in row for row in box) else day)
