"""Try every subset of the items: the definition itself, so it is the oracle.

Every choice of taken items is listed up front, then the most valuable one whose
weight fits is kept. Exponential: for a dozen items at most. Listing the choices
first makes it fail at once by memory on a big input, rather than run for ever.

Time: O(2^N * N). Space: O(2^N * N).
"""
import sys
from itertools import product

input = sys.stdin.readline

n, k = map(int, input().split())
items = [tuple(map(int, input().split())) for _ in range(n)]
choices = list(product((False, True), repeat=n))
best = 0
for taken in choices:
    weight = sum(w for (w, _), take in zip(items, taken) if take)
    if weight <= k:
        best = max(best, sum(v for (_, v), take in zip(items, taken) if take))
print(best)
