"""Sort the jobs by request time; whenever the disk is free, push every job requested by now
into a heap keyed (duration, request time, number) and run the top one; with nothing
waiting, jump the clock to the next request.

Time: O(n log n). Space: O(n).
Written plainly: sorted() on [request, duration, number] lists, an index into them,
heapq with tuples, a while loop.
"""

import heapq


def solution(jobs):
    n = len(jobs)
    job_list = []
    for i in range(n):
        job_list.append([jobs[i][0], jobs[i][1], i])
    job_list.sort()

    heap = []
    now = 0
    total = 0
    idx = 0
    done = 0
    while done < n:
        while idx < n and job_list[idx][0] <= now:
            request, duration, number = job_list[idx]
            heapq.heappush(heap, (duration, request, number))
            idx += 1
        if heap:
            duration, request, number = heapq.heappop(heap)
            now += duration
            total += now - request
            done += 1
        else:
            now = job_list[idx][0]
    return total // n
