"""Try every way to turn the cards and keep the smallest wallet.

Each card lies either as given or turned; for every one of the 2^n choices the
wallet must be as wide as the widest card and as tall as the tallest. This is
the statement read literally, so it judges the others. Exponential: small n only.

Time: O(2^n * n). Space: O(n).
"""

from itertools import product


def solution(sizes):
    """Smallest width * height over every choice of turned cards."""
    best = None
    for turns in product((False, True), repeat=len(sizes)):
        laid = [(h, w) if turned else (w, h) for (w, h), turned in zip(sizes, turns)]
        area = max(w for w, _ in laid) * max(h for _, h in laid)
        best = area if best is None else min(best, area)
    return best
