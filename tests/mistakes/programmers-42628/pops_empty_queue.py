"""Forgets that deleting from an empty queue is ignored: heappop on an empty list raises IndexError."""

import heapq


def solution(operations):
    heap = []
    for operation in operations:
        command, value = operation.split()
        if command == "I":
            heapq.heappush(heap, int(value))
        elif value == "1":
            heap.remove(max(heap))
            heapq.heapify(heap)
        else:
            heapq.heappop(heap)
    return [max(heap), min(heap)] if heap else [0, 0]
