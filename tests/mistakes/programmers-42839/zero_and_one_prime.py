"""42839: the divisor loop finds no divisor of 0 or 1, so both are taken for primes."""

from itertools import permutations


def is_prime(m):
    for d in range(2, int(m ** 0.5) + 1):
        if m % d == 0:
            return False
    return True


def solution(numbers):
    values = {int("".join(p)) for r in range(1, len(numbers) + 1) for p in permutations(numbers, r)}
    return sum(map(is_prime, values))
