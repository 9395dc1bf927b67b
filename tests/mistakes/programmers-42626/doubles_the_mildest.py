"""Turns the formula round: mildest * 2 + second instead of mildest + second * 2."""

import heapq


def solution(scoville, K):
    heap = list(scoville)
    heapq.heapify(heap)
    answer = 0
    while heap[0] < K:
        if len(heap) < 2:
            return -1
        mildest = heapq.heappop(heap)
        second = heapq.heappop(heap)
        heapq.heappush(heap, mildest * 2 + second)
        answer += 1
    return answer
