"""Count each weight once, then pair the counts along the few ratios that balance.

Equal weights always balance: c of them make c(c-1)/2 pairs. Distinct weights
w < v balance only when v/w is 3/2, 2 or 4/3 (seats 2:3, 2:4 and 3:4), so each
distinct w meets at most three partner weights, looked up exactly in integers.

Time: O(n + d) for d distinct weights. Space: O(d).
"""

from collections import Counter

RATIOS = ((3, 2), (2, 1), (4, 3))  # v / w for distinct balancing weights w < v


def solution(weights):
    """Sum equal pairs and, for every weight, its count times each partner's count."""
    count = Counter(weights)
    pairs = sum(c * (c - 1) // 2 for c in count.values())
    for w, c in count.items():
        for num, den in RATIOS:
            if w * num % den == 0:  # an odd w has no partner at 3w/2: no rounding here
                pairs += c * count.get(w * num // den, 0)
    return pairs
