"""Run the priorities from 9 down to 1, each as one sweep around the circle.

The queue is a circle with a cursor. While priority p is the highest left, the
scheduler runs the p's in circle order starting at the cursor, and the cursor
ends on the last one run. So each level is one sweep: no rotation is simulated.

Time: O(9n). Space: O(n).
"""


def solution(priorities, location):
    """The 1-based turn at which the process first at ``location`` runs."""
    n = len(priorities)
    cursor, runs = 0, 0
    for p in range(9, 0, -1):
        order = [(cursor + k) % n for k in range(n) if priorities[(cursor + k) % n] == p]
        for i in order:
            runs += 1
            if i == location:
                return runs
        if order:
            cursor = order[-1]
    return runs
