"""Sweep every candidate wallet width and compute the least height it needs.

For a width W, a card whose long side fits across needs only its short side of
height; a card whose long side does not fit must stand upright and needs its
long side (and W must hold its short side). With cards sorted by long side, a
prefix maximum of short sides and a suffix maximum of long sides give each W's
height at once. It assumes nothing about which width wins.

Time: O(n log n). Space: O(n).
"""

from bisect import bisect_right
from itertools import accumulate


def solution(sizes):
    """Least width * height over the widths that hold every card one way or the other."""
    cards = sorted((max(w, h), min(w, h)) for w, h in sizes)
    longs = [long for long, _ in cards]
    short_upto = list(accumulate((short for _, short in cards), max, initial=0))
    long_from = list(accumulate(reversed(longs), max, initial=0))[::-1]
    narrowest = max(short for _, short in cards)  # every card must fit across one way
    best = None
    for width in sorted(set(longs + [narrowest])):
        if width < narrowest:
            continue
        across = bisect_right(longs, width)  # cards whose long side fits across
        area = width * max(short_upto[across], long_from[across])
        best = area if best is None else min(best, area)
    return best
