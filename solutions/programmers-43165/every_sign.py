"""Write out every choice of signs and count the ones whose sum is the target.

Each of the n numbers is added or subtracted, so there are exactly 2^n sign
vectors; itertools.product lists them all. This is the statement read literally.

Time: O(2^n * n). Space: O(n).
"""

from itertools import product


def solution(numbers, target):
    """Count the sign vectors s with sum(s[i] * numbers[i]) == target."""
    return sum(1 for signs in product((1, -1), repeat=len(numbers))
               if sum(s * x for s, x in zip(signs, numbers)) == target)
