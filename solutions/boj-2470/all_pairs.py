"""List every pair of two different solutions and keep the one whose sum is closest to 0.

The pairs come from the sorted values, so each is already in ascending order.
The definition itself, so it is the oracle. Listing the pairs first makes it
fail at once by memory on a big input, rather than run for hours.

Time: O(N^2). Space: O(N^2).
"""
import sys
from itertools import combinations

input = sys.stdin.readline

n = int(input())
values = sorted(map(int, input().split()))
pairs = list(combinations(values, 2))
print(*min(pairs, key=lambda pair: abs(pair[0] + pair[1])))
