"""Answers -1 as soon as one food is left, even when that last food already reaches K."""

import heapq


def solution(scoville, K):
    heap = list(scoville)
    heapq.heapify(heap)
    answer = 0
    while heap[0] < K:
        mildest = heapq.heappop(heap)
        second = heapq.heappop(heap)
        heapq.heappush(heap, mildest + second * 2)
        answer += 1
        if len(heap) == 1:
            return -1
    return answer
