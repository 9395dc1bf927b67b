"""Grow numbers digit by digit with a depth-first search over unused pieces.

Each step appends one unused piece to the number so far; every prefix is a
number that can be made. A set collects the values, and primality is checked by
trial division over 6k +- 1.

Time: O(P(L) + D * sqrt(M)) for P(L) arrangements, D distinct values, M the largest.
Space: O(D).
"""


def is_prime(m):
    """Trial division by 2, 3 and the numbers 6k - 1, 6k + 1 up to the square root."""
    if m < 4:
        return m > 1
    if m % 2 == 0 or m % 3 == 0:
        return False
    d = 5
    while d * d <= m:
        if m % d == 0 or m % (d + 2) == 0:
            return False
        d += 6
    return True


def solution(numbers):
    """Count the primes among the values the search reaches."""
    values = set()
    used = [False] * len(numbers)

    def grow(value):
        """Record ``value`` and extend it with each unused piece."""
        for i, digit in enumerate(numbers):
            if not used[i]:
                used[i] = True
                values.add(value * 10 + int(digit))
                grow(value * 10 + int(digit))
                used[i] = False

    grow(0)
    return sum(map(is_prime, values))
