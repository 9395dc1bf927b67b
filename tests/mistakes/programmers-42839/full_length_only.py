"""42839: arranges all the pieces every time, forgetting that some may stay unused ("17" misses 7)."""

from itertools import permutations


def is_prime(m):
    return m > 1 and all(m % d for d in range(2, int(m ** 0.5) + 1))


def solution(numbers):
    values = {int("".join(p)) for p in permutations(numbers)}
    return sum(map(is_prime, values))
