"""Sieve every prime up to the largest number the pieces can make, then look the arrangements up.

The largest value is the digits in descending order; a bytearray sieve up to it
answers each distinct arrangement in O(1).

Time: O(M log log M + P(L) * L) for M the largest value and P(L) arrangements.
Space: O(M) bytes.
"""

from itertools import permutations
from math import isqrt


def solution(numbers):
    """Count the distinct arrangements that the sieve marks prime."""
    values = {int("".join(p)) for r in range(1, len(numbers) + 1) for p in permutations(numbers, r)}
    top = max(values)
    prime = bytearray([1]) * (top + 1)
    prime[:2] = bytes(min(2, top + 1))  # 0 and 1 are not prime
    for p in range(2, isqrt(top) + 1):
        if prime[p]:
            prime[p * p::p] = bytes(len(range(p * p, top + 1, p)))
    return sum(prime[v] for v in values)
