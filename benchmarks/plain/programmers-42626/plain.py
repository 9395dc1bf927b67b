"""Keep the foods in a min-heap: while the mildest is below K, pop the two mildest and push
their mix; with one food left below K it cannot be done.

Time: O(n log n). Space: O(n) (the heap is the input list).
Written plainly: heapq.heapify, heappop twice and heappush per mix, a counter.
"""

import heapq


def solution(scoville, K):
    heapq.heapify(scoville)
    answer = 0
    while scoville[0] < K:
        if len(scoville) < 2:
            return -1
        first = heapq.heappop(scoville)
        second = heapq.heappop(scoville)
        heapq.heappush(scoville, first + second * 2)
        answer += 1
    return answer
