"""Try every window, shortest first and leftmost first among equals; return the first holding every kind.

Read straight from the statement: no pointers, no counts kept between windows,
so it is the oracle.

Time: O(n^3). Space: O(n).
"""


def solution(gems):
    """The shortest window [start, end] (1-based) holding every kind of gem, leftmost on ties."""
    kinds = len(set(gems))
    n = len(gems)
    for length in range(kinds, n + 1):
        for start in range(n - length + 1):
            if len(set(gems[start:start + length])) == kinds:
                return [start + 1, start + length]
