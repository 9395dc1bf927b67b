"""A min-heap and a max-heap of the same numbers, kept in step by a count of what is still in the queue.

Deleting from one heap leaves a stale copy in the other. A Counter of live
values says which tops are stale; they are popped only when they reach the top
(lazy deletion).

Time: O(n log n). Space: O(n).
"""

import heapq
from collections import Counter


def solution(operations):
    """[largest, smallest] of the live numbers, or [0, 0]."""
    low, high, live, size = [], [], Counter(), 0

    def top(heap, sign):
        """Drop stale entries from the top of ``heap``; return its live extreme."""
        while not live[sign * heap[0]]:
            heapq.heappop(heap)
        return sign * heap[0]

    for operation in operations:
        command, value = operation.split()
        if command == "I":
            number = int(value)
            heapq.heappush(low, number)
            heapq.heappush(high, -number)
            live[number] += 1
            size += 1
        elif size:
            heap, sign = (high, -1) if value == "1" else (low, 1)
            live[top(heap, sign)] -= 1
            heapq.heappop(heap)
            size -= 1
    return [top(high, -1), top(low, 1)] if size else [0, 0]
