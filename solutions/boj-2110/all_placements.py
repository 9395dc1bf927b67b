"""Try every set of C houses for the routers and keep the widest closest gap.

With the houses sorted, each set's closest pair of routers is two neighbours in
the set. The definition itself, so it is the oracle. Listing the sets first
makes it fail at once by memory on a big input, rather than run for ages.

Time: O(C(N, C) * C). Space: O(C(N, C) * C).
"""
import sys
from itertools import combinations

input = sys.stdin.readline

n, c = map(int, input().split())
houses = sorted(int(input()) for _ in range(n))
placements = list(combinations(houses, c))
print(max(min(b - a for a, b in zip(chosen, chosen[1:])) for chosen in placements))
