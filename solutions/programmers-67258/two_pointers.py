"""Sliding window: extend the right end one gem at a time; while every kind is inside, record and shrink from the left.

A count per kind inside the window (a kind leaves the dict when its count drops
to 0) tells whether the window holds every kind. A window replaces the best only
when strictly shorter, so the leftmost of the shortest stays.

Time: O(n). Space: O(k) for k kinds.
"""


def solution(gems):
    """The shortest window [start, end] (1-based) holding every kind of gem, leftmost on ties."""
    kinds = len(set(gems))
    inside = {}
    best = [1, len(gems)]
    start = 0
    for end, gem in enumerate(gems):
        inside[gem] = inside.get(gem, 0) + 1
        while len(inside) == kinds:
            if end - start < best[1] - best[0]:
                best = [start + 1, end + 1]
            left = gems[start]
            inside[left] -= 1
            if inside[left] == 0:
                del inside[left]
            start += 1
    return best
