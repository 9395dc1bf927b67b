"""The pre-2024-11-14 rule: an idle disk starts the earliest-requested job at once, not the shortest of the jobs requested at that moment."""

import heapq


def solution(jobs):
    order = sorted(range(len(jobs)), key=lambda i: jobs[i][0])
    waiting, now, total, k = [], 0, 0, 0
    while k < len(order) or waiting:
        if not waiting:
            i = order[k]  # idle: the earliest request goes straight to the disk
            k += 1
            now = max(now, jobs[i][0])
            now += jobs[i][1]
            total += now - jobs[i][0]
        else:
            duration, requested, _ = heapq.heappop(waiting)
            now += duration
            total += now - requested
        while k < len(order) and jobs[order[k]][0] <= now:
            i = order[k]
            heapq.heappush(waiting, (jobs[i][1], jobs[i][0], i))
            k += 1
    return total // len(jobs)
