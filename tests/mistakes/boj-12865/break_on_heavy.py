"""Stops at the first item heavier than K (break instead of continue): later items are never considered."""
import sys

input = sys.stdin.readline
n, k = map(int, input().split())
best = [0] * (k + 1)
for _ in range(n):
    w, v = map(int, input().split())
    if w > k:
        break
    for c in range(k, w - 1, -1):
        best[c] = max(best[c], best[c - w] + v)
print(best[k])
