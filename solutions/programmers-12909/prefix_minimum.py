"""Balanced means: every prefix has at least as many '(' as ')', and the totals are equal.

The prefix sums of +1 / -1 come from itertools.accumulate in C; their minimum
and their last value decide the answer.

Time: O(n). Space: O(n) for the prefix sums.
"""

from itertools import accumulate


def solution(s):
    """True when the +1/-1 prefix sums never go negative and end at 0."""
    depths = list(accumulate(1 if ch == "(" else -1 for ch in s))
    return min(depths) >= 0 and depths[-1] == 0
