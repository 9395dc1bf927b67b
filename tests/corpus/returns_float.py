"""Counts the pairs correctly but returns the count as a float (4.0 instead of 4)."""

from collections import Counter


def solution(weights):
    count = Counter(weights)
    pairs = sum(c * (c - 1) / 2 for c in count.values())
    for w, c in count.items():
        for num, den in ((3, 2), (2, 1), (4, 3)):
            if w * num % den == 0:
                pairs += c * count.get(w * num // den, 0)
    return pairs
