"""Forgets the three-in-a-row rule: stair i is reached from the best of stairs i - 1 and i - 2."""
import sys

input = sys.stdin.readline
n = int(input())
score = [0] + [int(input()) for _ in range(n)]
best = [0] * (n + 1)
for i in range(1, n + 1):
    best[i] = max(best[i - 1], best[i - 2] if i >= 2 else 0) + score[i]
print(best[n])
