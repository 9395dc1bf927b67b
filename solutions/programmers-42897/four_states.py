"""One pass with four totals: whether the first house was robbed, times whether the current one is.

A robbed house needs its predecessor unrobbed. At the end, the last house may be
robbed only in the totals that left the first house alone.

Time: O(n). Space: O(1).
"""

NONE = float("-inf")  # a state no choice reaches


def solution(money):
    """The most money taken from houses in a circle without robbing two neighbours."""
    # first robbed: current not (a) or current robbed (b); first skipped: current not (c) or robbed (d)
    a, b, c, d = NONE, money[0], 0, NONE
    for x in money[1:]:
        a, b, c, d = max(a, b), a + x, max(c, d), c + x
    return max(a, c, d)
