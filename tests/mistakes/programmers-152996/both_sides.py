"""Looks up all six unequal ratios for every weight, so each unequal pair is counted from both sides."""

from collections import Counter

RATIOS = ((3, 2), (2, 3), (2, 1), (1, 2), (4, 3), (3, 4))


def solution(weights):
    count = Counter(weights)
    pairs = sum(c * (c - 1) // 2 for c in count.values())
    for w, c in count.items():
        for num, den in RATIOS:
            if w * num % den == 0:
                pairs += c * count.get(w * num // den, 0)
    return pairs
