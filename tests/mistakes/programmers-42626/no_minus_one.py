"""Never checks how many foods are left, so an impossible case pops an empty heap (IndexError) instead of answering -1."""

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
    return answer
