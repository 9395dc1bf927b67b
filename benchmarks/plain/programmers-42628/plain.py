"""A min-heap and a max-heap of (number, id); a list of flags says which ids were deleted,
so a deleted number is popped from the other heap only when it reaches its top.

Time: O(n log n). Space: O(n).
Written plainly: two heapq lists of tuples, a visited list indexed by operation number,
split() per operation, while loops to skip deleted tops.
"""

import heapq


def solution(operations):
    min_heap = []
    max_heap = []
    deleted = [False] * len(operations)
    for i in range(len(operations)):
        command, value = operations[i].split()
        if command == "I":
            number = int(value)
            heapq.heappush(min_heap, (number, i))
            heapq.heappush(max_heap, (-number, i))
        elif value == "1":
            while max_heap and deleted[max_heap[0][1]]:
                heapq.heappop(max_heap)
            if max_heap:
                number, idx = heapq.heappop(max_heap)
                deleted[idx] = True
        else:
            while min_heap and deleted[min_heap[0][1]]:
                heapq.heappop(min_heap)
            if min_heap:
                number, idx = heapq.heappop(min_heap)
                deleted[idx] = True

    while max_heap and deleted[max_heap[0][1]]:
        heapq.heappop(max_heap)
    while min_heap and deleted[min_heap[0][1]]:
        heapq.heappop(min_heap)
    if not max_heap:
        return [0, 0]
    return [-max_heap[0][0], min_heap[0][0]]
