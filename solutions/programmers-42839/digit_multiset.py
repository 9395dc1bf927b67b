"""Go through every prime below 10^len(numbers) and ask: can its digits be cut from the pieces?

A number can be spelled exactly when each of its digits appears among the pieces
at least as often as in the number; leading zeros only use up zero pieces, so
"011" spells 11 and every number is counted once. It never arranges the pieces,
so it judges the solutions that do. The primes come from a plain sieve.

Time: O(10^L log log 10^L + pi(10^L) * L) for L pieces. Space: O(10^L) bytes.
"""

from itertools import compress


def primes_below(limit):
    """Every prime below ``limit``, by the sieve of Eratosthenes."""
    sieve = bytearray([1]) * limit
    sieve[:2] = bytes(min(2, limit))
    p = 2
    while p * p < limit:
        if sieve[p]:
            sieve[p * p::p] = bytes(len(range(p * p, limit, p)))
        p += 1
    return compress(range(limit), sieve)


def spelled_by(digits, pieces):
    """True when every digit of ``digits`` occurs at least as often in ``pieces``."""
    return all(digits.count(d) <= pieces.count(d) for d in set(digits))


def solution(numbers):
    """How many primes have digits that the pieces can supply."""
    others = str.maketrans("", "", numbers)  # deletes the pieces' digits: a quick first filter
    return sum(1 for p in map(str, primes_below(10 ** len(numbers)))
               if not p.translate(others) and spelled_by(p, numbers))
