"""Solve for the inside's sides directly: they are the roots of t^2 - s*t + yellow = 0.

The inside's sides a >= b add up to s = (brown - 4) / 2 and multiply to yellow,
so a, b = (s +- sqrt(s^2 - 4 * yellow)) / 2, computed exactly with isqrt.

Time: O(1) arithmetic (isqrt on numbers below 10^7). Space: O(1).
"""

from math import isqrt


def solution(brown, yellow):
    """[a + 2, b + 2] for the roots a >= b."""
    s = (brown - 4) // 2
    root = isqrt(s * s - 4 * yellow)
    a, b = (s + root) // 2, (s - root) // 2
    return [a + 2, b + 2]
