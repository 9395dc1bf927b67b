"""Try every way the students with a spare could hand it out, and keep the best.

Each student ends with 1 uniform, plus 1 if they brought a spare, minus 1 if
theirs was stolen. A student left with 2 may keep the spare or give it to a
classmate next in line who has none. Every combination of those choices is
tried; the answer is the most students left with a uniform. Nothing is assumed
about the order in which to lend, so it judges the greedy solutions.

Time: O(3^s * n) for s students holding a spare. Space: O(n).
"""

from itertools import product


def solution(n, lost, reserve):
    """The most students with a uniform over every assignment of the spares."""
    have = [0] + [1 + (i in reserve) - (i in lost) for i in range(1, n + 1)] + [0]
    lenders = [i for i in range(1, n + 1) if have[i] == 2]
    options = [[None] + [j for j in (i - 1, i + 1) if 1 <= j <= n and have[j] == 0] for i in lenders]
    best = 0
    for choice in product(*options):
        after = have[:]
        for j in choice:
            if j is not None:
                after[j] += 1
        best = max(best, sum(1 for i in range(1, n + 1) if after[i] >= 1))
    return best
