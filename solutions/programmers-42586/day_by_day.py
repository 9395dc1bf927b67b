"""Simulate the calendar: every day each feature gains its speed, then release from the front.

The statement acted out day by day with no arithmetic shortcut: at the end of a
day, the finished features at the head of the line leave together. Progress
reaches 100 within 99 days, so the loop is short.

Time: O(D * n) for D <= 99 days. Space: O(n).
"""


def solution(progresses, speeds):
    """Sizes of the releases, found by stepping one day at a time."""
    done = list(progresses)
    front, releases = 0, []
    while front < len(done):
        done = [p + s for p, s in zip(done, speeds)]
        shipped = 0
        while front < len(done) and done[front] >= 100:
            front += 1
            shipped += 1
        if shipped:
            releases.append(shipped)
    return releases
