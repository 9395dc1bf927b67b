"""Caches whole answers by input in a module-level dict. Right, and no faster than one
honest call: each test case (and each timed call) meets a fresh module."""
from collections import Counter

cache = {}


def solution(weights):
    key = tuple(weights)
    if key not in cache:
        count = Counter(weights)
        pairs = sum(c * (c - 1) // 2 for c in count.values())
        for w, c in count.items():
            for num, den in ((3, 2), (2, 1), (4, 3)):
                if w * num % den == 0:
                    pairs += c * count.get(w * num // den, 0)
        cache[key] = pairs
    return cache[key]
