"""Looks up partners at w * 3 // 2 and w * 4 // 3 without checking divisibility, so 101 and 151 become partners."""

from collections import Counter


def solution(weights):
    count = Counter(weights)
    pairs = sum(c * (c - 1) // 2 for c in count.values())
    for w, c in count.items():
        for num, den in ((3, 2), (2, 1), (4, 3)):
            pairs += c * count.get(w * num // den, 0)
    return pairs
