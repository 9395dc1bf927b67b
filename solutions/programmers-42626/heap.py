"""A min-heap: pop the two mildest, push their mix, until the mildest reaches K.

Only the mildest food matters at each step, so a heap gives it in O(log n).
When the mildest is below K and it is the only food left, no mix can help.

Time: O(n log n). Space: O(n) for the heap copy.
"""

import heapq


def solution(scoville, K):
    """Count mixes until heap[0] >= K; -1 when a single food stays below K."""
    heap = list(scoville)  # a copy: the caller's list stays as given
    heapq.heapify(heap)
    mixes = 0
    while heap[0] < K:
        if len(heap) < 2:
            return -1
        mildest = heapq.heappop(heap)
        second = heapq.heappop(heap)
        heapq.heappush(heap, mildest + second * 2)
        mixes += 1
    return mixes
