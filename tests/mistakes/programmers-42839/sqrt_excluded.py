"""42839: the divisor loop stops before the square root (range(2, int(m ** 0.5))), so 4, 9, 25, 49 pass as primes."""

from itertools import permutations


def is_prime(m):
    if m < 2:
        return False
    for d in range(2, int(m ** 0.5)):
        if m % d == 0:
            return False
    return True


def solution(numbers):
    values = {int("".join(p)) for r in range(1, len(numbers) + 1) for p in permutations(numbers, r)}
    return sum(map(is_prime, values))
