"""Search the trip itself: a state is where A is, where B is, and whether they still share the taxi.

Sharing, a ride along a road moves both and is paid once; at any point they may
split, for free and for good; apart, each ride moves one of them and is paid
alone. The cheapest cost of every state is relaxed round after round until
nothing changes (Bellman-Ford over the states); the answer is the cost of A at
a and B at b. No shortest-path table and no meeting-point formula: the oracle.

Time: O(n^2 * (n + m)) per round, up to O(n^2) rounds, for m roads. Space: O(n^2).
"""


def solution(n, s, a, b, fares):
    """The lowest total fare for A to reach a and B to reach b, both starting at s."""
    roads = {x: [] for x in range(1, n + 1)}
    for c, d, f in fares:
        roads[c].append((d, f))
        roads[d].append((c, f))
    cost = {(s, s, True): 0}
    changed = True
    while changed:
        changed = False
        for (x, y, together), paid in list(cost.items()):
            if together:
                moves = [((x, y, False), paid)] + [((d, d, True), paid + f) for d, f in roads[x]]
            else:
                moves = [((d, y, False), paid + f) for d, f in roads[x]] + \
                        [((x, d, False), paid + f) for d, f in roads[y]]
            for state, total in moves:
                if total < cost.get(state, float("inf")):
                    cost[state], changed = total, True
    return cost[(a, b, False)]
