"""Lets in only jobs requested strictly before now when the disk frees up, so a job requested exactly as another ends is passed over."""

import heapq


def solution(jobs):
    order = sorted(range(len(jobs)), key=lambda i: jobs[i][0])
    waiting, now, total, k = [], 0, 0, 0
    while k < len(order) or waiting:
        while k < len(order) and jobs[order[k]][0] < now:
            i = order[k]
            heapq.heappush(waiting, (jobs[i][1], jobs[i][0], i))
            k += 1
        if not waiting:
            now = max(now, jobs[order[k]][0])
            while k < len(order) and jobs[order[k]][0] <= now:
                i = order[k]
                heapq.heappush(waiting, (jobs[i][1], jobs[i][0], i))
                k += 1
        duration, requested, _ = heapq.heappop(waiting)
        now += duration
        total += now - requested
    return total // len(jobs)
