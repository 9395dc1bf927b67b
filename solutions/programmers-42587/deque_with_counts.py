"""Rotate a deque, knowing the highest waiting priority from a count per priority.

Priorities are 1..9, so the highest one still waiting is the largest priority
whose count is positive: no scan of the queue is needed for each step.

Time: O(n): at most one trip round the queue per priority level, so about 10n
pops, each checking at most 9 counts. Space: O(n).
"""

from collections import deque


def solution(priorities, location):
    """The 1-based turn at which the process first at ``location`` runs."""
    waiting = [0] * 10
    for p in priorities:
        waiting[p] += 1
    queue = deque(enumerate(priorities))
    runs = 0
    while True:
        i, p = queue.popleft()
        if any(waiting[q] for q in range(p + 1, 10)):
            queue.append((i, p))
            continue
        runs += 1
        waiting[p] -= 1
        if i == location:
            return runs
