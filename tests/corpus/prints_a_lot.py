"""Prints about 10 MB of debugging output, then answers correctly."""

from collections import Counter


def solution(weights):
    for i in range(100_000):
        print(f"debug {i:06d}", "x" * 85)
    count = Counter(weights)
    pairs = sum(c * (c - 1) // 2 for c in count.values())
    for w, c in count.items():
        for num, den in ((3, 2), (2, 1), (4, 3)):
            if w * num % den == 0:
                pairs += c * count.get(w * num // den, 0)
    return pairs
