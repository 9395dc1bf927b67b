"""Keeps one heapq list and deletes the maximum with list.remove(max(heap)) without heapify, so the list stops being a heap."""

import heapq


def solution(operations):
    heap = []
    for operation in operations:
        command, value = operation.split()
        if command == "I":
            heapq.heappush(heap, int(value))
        elif heap:
            if value == "1":
                heap.remove(max(heap))
            else:
                heapq.heappop(heap)
    return [max(heap), heap[0]] if heap else [0, 0]
