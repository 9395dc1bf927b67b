"""Count people per weight (40 to 240 kg), then pair heaviest with lightest over the counts.

The same greedy as two pointers, but on at most 201 distinct weights: each step
boards as many pairs of the current heaviest and lightest weights as both
counts allow, or sends the heaviest alone when even the lightest does not fit.

Time: O(n + W) for W = 201 weights. Space: O(W).
"""


def solution(people, limit):
    """Boats used, settling whole groups of equal weights at once."""
    count = [0] * 241
    for w in people:
        count[w] += 1
    light, heavy, boats = 40, 240, 0
    while True:
        while heavy >= 40 and not count[heavy]:
            heavy -= 1
        while light <= heavy and not count[light]:
            light += 1
        if heavy < 40:
            return boats
        if light == heavy:  # one weight left: pairs among themselves if two fit
            pairs = count[heavy] // 2 if 2 * heavy <= limit else 0
            return boats + count[heavy] - pairs
        if light + heavy <= limit:
            pairs = min(count[light], count[heavy])
            count[light] -= pairs
        else:
            pairs = count[heavy]  # the heaviest ride alone
        count[heavy] -= pairs
        boats += pairs
