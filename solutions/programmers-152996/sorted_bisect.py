"""Sort, then binary-search each weight's partners among the heavier ones.

After sorting, every pair is found once from its lighter member: for ws[i], the
equal weights after i, and the exact weights 3w/2, 2w and 4w/3, are each a range
located with two binary searches.

Time: O(n log n). Space: O(n) for the sorted copy.
"""

from bisect import bisect_left, bisect_right

RATIOS = ((3, 2), (2, 1), (4, 3))


def solution(weights):
    """For each sorted position, count balancing partners to its right."""
    ws = sorted(weights)
    pairs = 0
    for i, w in enumerate(ws):
        pairs += bisect_right(ws, w) - i - 1  # equal weights after position i
        for num, den in RATIOS:
            if w * num % den == 0:
                v = w * num // den
                pairs += bisect_right(ws, v) - bisect_left(ws, v)
    return pairs
