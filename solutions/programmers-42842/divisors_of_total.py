"""Split the whole carpet, brown + yellow cells, into w by h (w >= h >= 3); check the yellow inside.

Time: O(sqrt(brown + yellow)). Space: O(1).
"""

from math import isqrt


def solution(brown, yellow):
    """[width, height] from the divisor pair of the total whose inside is yellow."""
    total = brown + yellow
    for h in range(3, isqrt(total) + 1):
        if total % h == 0 and (total // h - 2) * (h - 2) == yellow:
            return [total // h, h]
    return []
