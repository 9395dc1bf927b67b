"""Ignores the last-step rule: ends on stair N or on stair N - 1, whichever scores more."""
import sys

input = sys.stdin.readline
n = int(input())
score = [0] + [int(input()) for _ in range(n)]
best = [0] * (n + 1)
for i in range(1, n + 1):
    by_jump = best[i - 2] if i >= 2 else 0
    by_step = (best[i - 3] if i >= 3 else 0) + score[i - 1]
    best[i] = max(by_jump, by_step) + score[i]
print(max(best[n], best[n - 1]))
