"""Fills the 1-D table upward, so an item is taken again and again (the unbounded knapsack)."""
import sys

input = sys.stdin.readline
n, k = map(int, input().split())
best = [0] * (k + 1)
for _ in range(n):
    w, v = map(int, input().split())
    for c in range(w, k + 1):
        best[c] = max(best[c], best[c - w] + v)
print(best[k])
