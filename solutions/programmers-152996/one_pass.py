"""Scan once, pairing each person with everyone already seen who balances them.

A person of weight w balances an earlier person of weight v when v = w * num / den
for one of the seven distinct seat ratios (1, 3/2, 2/3, 2, 1/2, 4/3, 3/4). A dict
of how many of each weight came before answers each lookup in O(1).

Time: O(n). Space: O(d) for d distinct weights.
"""

RATIOS = ((1, 1), (3, 2), (2, 3), (2, 1), (1, 2), (4, 3), (3, 4))


def solution(weights):
    """Add, for each weight, how many earlier weights it balances."""
    seen = {}
    pairs = 0
    for w in weights:
        for num, den in RATIOS:
            if w * num % den == 0:
                pairs += seen.get(w * num // den, 0)
        seen[w] = seen.get(w, 0) + 1
    return pairs
