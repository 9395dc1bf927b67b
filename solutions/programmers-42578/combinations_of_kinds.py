"""For every set of kinds to wear, multiply their piece counts, and add everything up.

This is the sum over all non-empty sets of kinds, taken straight from the
definition with itertools.combinations. Correct, but with k kinds it visits
2^k - 1 sets: fine for a few kinds, hopeless for 30 (Programmers' test 1
times out this way).

Time: O(2^k * k) for k kinds. Space: O(k).
"""

from collections import Counter
from itertools import combinations
from math import prod


def solution(clothes):
    """Sum of prod(counts) over every non-empty combination of kinds."""
    counts = list(Counter(kind for _, kind in clothes).values())
    return sum(prod(chosen) for size in range(1, len(counts) + 1) for chosen in combinations(counts, size))
