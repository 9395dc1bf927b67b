"""Try every set of houses, as a bitmask, and keep the richest one with no two neighbours around the circle.

House i is robbed when bit i is set. Neighbours on the line are bits i and i + 1
(mask & (mask >> 1)); the circle adds the first and last houses. This is the
statement read literally, so it judges the dynamic programmes.

Time: O(2^n * n). Space: O(1).
"""


def solution(money):
    """The most money taken from houses in a circle without robbing two neighbours."""
    n = len(money)
    best = 0
    for mask in range(1 << n):
        if mask & (mask >> 1) or (mask & 1 and mask >> (n - 1) & 1):
            continue
        best = max(best, sum(money[i] for i in range(n) if mask >> i & 1))
    return best
