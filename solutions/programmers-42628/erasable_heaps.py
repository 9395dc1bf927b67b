"""Two erasable heaps: each side keeps a second heap of the numbers deleted through the other side.

A number deleted as the maximum is still in the min-heap; it is pushed onto
the min side's "erased" heap instead. Whenever the tops of a heap and of its
erased heap are equal, both are popped, so the top is always live.

Time: O(n log n). Space: O(n).
"""

import heapq


def solution(operations):
    """[largest, smallest] after all operations, or [0, 0]."""
    low, low_erased, high, high_erased = [], [], [], []
    size = 0

    def clean(heap, erased):
        """Pop the numbers that were erased from the top of ``heap``."""
        while erased and heap[0] == erased[0]:
            heapq.heappop(heap)
            heapq.heappop(erased)

    for operation in operations:
        if operation[0] == "I":
            number = int(operation[2:])
            heapq.heappush(low, number)
            heapq.heappush(high, -number)
            size += 1
        elif size:
            if operation == "D 1":
                clean(high, high_erased)
                heapq.heappush(low_erased, -heapq.heappop(high))
            else:
                clean(low, low_erased)
                heapq.heappush(high_erased, -heapq.heappop(low))
            size -= 1
    if not size:
        return [0, 0]
    clean(high, high_erased)
    clean(low, low_erased)
    return [-high[0], low[0]]
