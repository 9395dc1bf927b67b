"""Let the desks finish people in time order, as a queue would, from a moment known to be too early.

Working without a break, desk t has finished T // t people by minute T, and the
people are best served in the order the desks can finish them, so the answer is the
n-th finishing event. Since T // t <= T / t, fewer than n people are done at any
T < n / sum(1 / t); the walk starts at such a T (checked exactly) and pops the next
finishing events from a heap until the n-th, about 2m of them, never all n.

Time: O(m log m) for m desks. Space: O(m).
"""

import heapq


def solution(n, times):
    """The earliest time by which all n people have been examined."""
    start = int((n - len(times)) / sum(1 / t for t in times) * (1 - 1e-9))
    start = max(0, start)
    while sum(start // t for t in times) >= n:  # guard against float error: start must be too early
        start //= 2
    done = sum(start // t for t in times)
    events = [((start // t + 1) * t, t) for t in times]  # each desk's next finishing time after start
    heapq.heapify(events)
    while True:
        finish, t = events[0]
        done += 1
        if done == n:
            return finish
        heapq.heapreplace(events, (finish + t, t))
