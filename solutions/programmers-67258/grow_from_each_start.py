"""From each start, add gems to a set until every kind is in, stopping early once the window outgrows the best.

Right, and the first thing many members write, but each start may scan
thousands of gems: this is the O(n^2) window that fails the efficiency tests.

Time: O(n^2). Space: O(k) for k kinds.
"""


def solution(gems):
    """The shortest window [start, end] (1-based) holding every kind of gem, leftmost on ties."""
    kinds = len(set(gems))
    best = [1, len(gems)]
    for start in range(len(gems)):
        seen = set()
        for end in range(start, min(len(gems), start + best[1] - best[0])):
            seen.add(gems[end])
            if len(seen) == kinds:
                best = [start + 1, end + 1]
                break
    return best
