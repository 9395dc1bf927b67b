"""Try every colouring of the street and keep the cheapest whose neighbours all differ: the oracle.

Each of the 3^N ways to colour the houses is listed, those with two equal
neighbours are thrown away, and the cheapest of the rest is printed. It follows
the statement word for word; it is only for a handful of houses.

Time: O(3^N * N). Space: O(N).
"""
import sys
from itertools import product

input = sys.stdin.readline

n = int(input())
costs = [tuple(map(int, input().split())) for _ in range(n)]
best = None
for colours in product(range(3), repeat=n):
    if any(colours[i] == colours[i + 1] for i in range(n - 1)):
        continue
    total = sum(costs[i][colours[i]] for i in range(n))
    if best is None or total < best:
        best = total
print(best)
