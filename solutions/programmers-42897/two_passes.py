"""Cut the circle twice: the first house is never robbed, or the last is never robbed; take the better line.

Each case is the straight-line house robber on a slice: keep the best total up to the
previous house and up to the one before it, and rob house i on top of the latter.

Time: O(n). Space: O(n) for the two slices (the totals themselves take O(1)).
"""


def rob_line(houses):
    """The most money from houses in a row, no two neighbours robbed."""
    before, best = 0, 0
    for x in houses:
        before, best = best, max(best, before + x)
    return best


def solution(money):
    """The most money taken from houses in a circle without robbing two neighbours."""
    return max(rob_line(money[1:]), rob_line(money[:-1]))
