"""43238: sends each person to the desk that becomes free first, never waiting for a faster desk that frees up later."""

import heapq


def solution(n, times):
    free = [(0, t) for t in times]  # (time the desk is free, its time per person)
    heapq.heapify(free)
    last = 0
    for _ in range(n):
        start, t = heapq.heappop(free)
        last = max(last, start + t)
        heapq.heappush(free, (start + t, t))
    return last
