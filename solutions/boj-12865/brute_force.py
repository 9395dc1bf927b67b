"""Try every subset of the items: the definition itself, so it is the oracle.

Subset number s takes item i when bit i of s is set; keep the most valuable
subset whose weight fits. Exponential: for a dozen items at most.

Time: O(2^N * N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n, k = map(int, input().split())
items = [tuple(map(int, input().split())) for _ in range(n)]
best = 0
for subset in range(1 << n):
    weight = value = 0
    for i, (w, v) in enumerate(items):
        if subset >> i & 1:
            weight += w
            value += v
    if weight <= k and value > best:
        best = value
print(best)
