"""Reads "K 이상" as "more than K": keeps mixing while the mildest food equals K."""

import heapq


def solution(scoville, K):
    heap = list(scoville)
    heapq.heapify(heap)
    answer = 0
    while heap[0] <= K:
        if len(heap) < 2:
            return -1
        mildest = heapq.heappop(heap)
        second = heapq.heappop(heap)
        heapq.heappush(heap, mildest + second * 2)
        answer += 1
    return answer
