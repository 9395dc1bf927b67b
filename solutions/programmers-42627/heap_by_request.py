"""Sort the jobs by request time; a heap keyed (duration, request, number) holds those waiting.

Whenever the disk is free, every job requested by now is pushed, and the heap
gives the next one by the controller's priority. With nothing waiting, the
clock jumps to the next request.

Time: O(n log n). Space: O(n).
"""

import heapq


def solution(jobs):
    """Mean turnaround time, rounded down, of the priority controller."""
    order = sorted(range(len(jobs)), key=lambda i: jobs[i][0])
    waiting, now, total, k = [], 0, 0, 0
    while k < len(order) or waiting:
        if not waiting and jobs[order[k]][0] > now:
            now = jobs[order[k]][0]  # idle: wait for the next request
        while k < len(order) and jobs[order[k]][0] <= now:
            i = order[k]
            heapq.heappush(waiting, (jobs[i][1], jobs[i][0], i))
            k += 1
        duration, requested, _ = heapq.heappop(waiting)
        now += duration
        total += now - requested
    return total // len(jobs)
