"""Try every order of the numbers and keep the largest concatenation.

Among strings of equal length, the larger text is the larger number, and every
order gives the same length, so max() over the joined strings is exact. This is
the question answered by brute force: the oracle. Leading zeros only happen when
every number is 0, and then the answer is "0".

Time: O(n! * n). Space: O(n).
"""

from itertools import permutations


def solution(numbers):
    """The largest number made by concatenating all of numbers, as a string."""
    best = max("".join(order) for order in permutations(map(str, numbers)))
    return best.lstrip("0") or "0"
