"""Chooses the nearest fish by straight-line (Manhattan) distance, not by the length of the path around bigger fish."""
import sys
from collections import deque

input = sys.stdin.readline

n = int(input())
sea = [list(map(int, input().split())) for _ in range(n)]
for r in range(n):
    for c in range(n):
        if sea[r][c] == 9:
            sr, sc = r, c
            sea[r][c] = 0
size, eaten, time = 2, 0, 0
while True:
    dist = [[-1] * n for _ in range(n)]
    dist[sr][sc] = 0
    queue = deque([(sr, sc)])
    found = []
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r - 1, c), (r, c - 1), (r, c + 1), (r + 1, c)):
            if 0 <= nr < n and 0 <= nc < n and dist[nr][nc] < 0 and sea[nr][nc] <= size:
                dist[nr][nc] = dist[r][c] + 1
                queue.append((nr, nc))
                if 0 < sea[nr][nc] < size:
                    found.append((dist[nr][nc], nr, nc))
    if not found:
        break
    _, r, c = min((abs(r - sr) + abs(c - sc), r, c) for _, r, c in found)
    d, sr, sc = dist[r][c], r, c
    time += d
    sea[sr][sc] = 0
    eaten += 1
    if eaten == size:
        size, eaten = size + 1, 0
print(time)
