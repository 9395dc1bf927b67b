"""Two heaps out of step: "D 1" pops the max-heap only and "D -1" the min-heap only, so a deleted number lives on in the other heap."""

import heapq


def solution(operations):
    low, high = [], []
    for operation in operations:
        command, value = operation.split()
        if command == "I":
            heapq.heappush(low, int(value))
            heapq.heappush(high, -int(value))
        elif value == "1":
            if high:
                heapq.heappop(high)
        elif low:
            heapq.heappop(low)
    if not low or not high:
        return [0, 0]
    return [-high[0], low[0]]
