"""42839: counts every arrangement without removing duplicates, so 11 from the pieces "11" counts twice."""

from itertools import permutations


def is_prime(m):
    return m > 1 and all(m % d for d in range(2, int(m ** 0.5) + 1))


def solution(numbers):
    values = [int("".join(p)) for r in range(1, len(numbers) + 1) for p in permutations(numbers, r)]
    return sum(map(is_prime, values))
