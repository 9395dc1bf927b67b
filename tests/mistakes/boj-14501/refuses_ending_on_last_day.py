"""Refuses a consultation that ends exactly on day N (checks i + T < N with days from 0)."""
import sys

input = sys.stdin.readline

n = int(input())
schedule = [tuple(map(int, input().split())) for _ in range(n)]
best = [0] * (n + 1)
for i in range(n - 1, -1, -1):
    t, p = schedule[i]
    best[i] = best[i + 1]
    if i + t < n:
        best[i] = max(best[i], p + best[i + t])
print(best[0])
