"""Sort each card's two sides, transpose, and multiply the two column maxima.

The same insight as laying the long side across, written the way many members
write it: ``sorted`` puts the short side first, ``zip(*...)`` splits the columns.

Time: O(n). Space: O(n) for the sorted pairs.
"""


def solution(sizes):
    """max of the short sides times max of the long sides."""
    shorts, longs = zip(*(sorted(card) for card in sizes))
    return max(shorts) * max(longs)
