"""For each end, the best window ending there starts at the oldest "last sighting" among all kinds.

A dict keeps every kind's latest index in order of that index (a kind seen again
is moved to the back), so its first entry is the start of the shortest window
ending at the current gem.

Time: O(n). Space: O(k) for k kinds.
"""


def solution(gems):
    """The shortest window [start, end] (1-based) holding every kind of gem, leftmost on ties."""
    kinds = len(set(gems))
    last = {}
    best = [1, len(gems)]
    for end, gem in enumerate(gems):
        last.pop(gem, None)  # re-insert so the dict stays ordered by last sighting
        last[gem] = end
        if len(last) == kinds:
            start = next(iter(last.values()))
            if end - start < best[1] - best[0]:
                best = [start + 1, end + 1]
    return best
