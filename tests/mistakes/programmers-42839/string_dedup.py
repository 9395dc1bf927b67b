"""42839: removes duplicate strings, not numbers, so "011" and "11" count as two primes."""

from itertools import permutations


def is_prime(m):
    return m > 1 and all(m % d for d in range(2, int(m ** 0.5) + 1))


def solution(numbers):
    spelled = {"".join(p) for r in range(1, len(numbers) + 1) for p in permutations(numbers, r)}
    return sum(is_prime(int(s)) for s in spelled)
