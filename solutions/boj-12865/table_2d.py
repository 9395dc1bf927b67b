"""The full table: best[i][c] is the most value using the first i items within weight c.

Each row copies the row above (item i left out) and, where it fits, takes
best[i-1][c-w] + v (item i packed once). The DP most members write first; Baekjoon
accepted it in Python at 4.4-6.3 s, so the time limit must let it through.

Time: O(N * K). Space: O(N * K).
"""
import sys

input = sys.stdin.readline

n, k = map(int, input().split())
best = [[0] * (k + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    w, v = map(int, input().split())
    above, row = best[i - 1], best[i]
    for c in range(k + 1):
        if c >= w and above[c - w] + v > above[c]:
            row[c] = above[c - w] + v
        else:
            row[c] = above[c]
print(best[n][k])
