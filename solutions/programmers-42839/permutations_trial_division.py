"""Every arrangement of every length, as a set of integers, then trial division up to the square root.

``int`` drops leading zeros ("011" is 11) and the set removes numbers made twice
from repeated digits or from different zero placements.

Time: O(P(L) * L + D * sqrt(M)) for the P(L) arrangements of L pieces, D distinct
values and M the largest. Space: O(P(L)).
"""

from itertools import permutations
from math import isqrt


def is_prime(m):
    """Trial division by 2 and the odd numbers up to isqrt(m)."""
    if m < 2:
        return False
    if m % 2 == 0:
        return m == 2
    return all(m % d for d in range(3, isqrt(m) + 1, 2))


def solution(numbers):
    """Count the distinct primes among all arrangements of 1..L pieces."""
    values = {int("".join(p)) for r in range(1, len(numbers) + 1) for p in permutations(numbers, r)}
    return sum(map(is_prime, values))
