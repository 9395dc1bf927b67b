"""Try every choice of the len(number) - k digits to keep, in order, and take the largest.

All candidates have the same length, so comparing them as strings compares
them as numbers. This is the statement read literally, which makes it the
oracle: it shares no idea with the greedy solutions.

Time: O(C(n, k) * n). Space: O(n).
"""

from itertools import combinations


def solution(number, k):
    """The largest number left after removing k digits, by exhaustive search."""
    keep = len(number) - k
    return max("".join(number[i] for i in chosen) for chosen in combinations(range(len(number)), keep))
