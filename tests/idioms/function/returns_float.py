"""Counts pairs in a float (total / 1): Programmers compares values and accepts 4.0 for 4."""
from collections import Counter


def solution(weights):
    count = Counter(weights)
    total = sum(c * (c - 1) / 2 for c in count.values())
    for w, c in count.items():
        for num, den in ((3, 2), (2, 1), (4, 3)):
            if w * num % den == 0:
                total += c * count.get(w * num // den, 0)
    return total
