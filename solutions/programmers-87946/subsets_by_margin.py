"""Try every set of dungeons, each in the one order that can work: largest need - cost first.

Exchange argument: if two neighbours in an order are explorable, swapping them so
that the larger need - cost comes first keeps both explorable. So a set can be
explored in some order exactly when it can in that order, and each set needs
only one check.

Time: O(2^n * n) after an O(n log n) sort. Space: O(n).
"""


def solution(k, dungeons):
    """Size of the largest set explorable in margin order."""
    ordered = sorted(dungeons, key=lambda d: d[0] - d[1], reverse=True)
    n, best = len(ordered), 0
    for s in range(1, 1 << n):
        fatigue, ok = k, True
        for i in range(n):
            if s >> i & 1:
                need, cost = ordered[i]
                if fatigue < need:
                    ok = False
                    break
                fatigue -= cost
        if ok:
            best = max(best, bin(s).count("1"))
    return best
