"""Two heaps: a max-heap (negated) of the lower half and a min-heap of the upper half, the lower half
one larger at most; the median is the lower top, or the mean of both tops.

Time: O(log n) per addNum, O(1) per findMedian. Space: O(n).
"""
import heapq


class MedianFinder:
    def __init__(self):
        self.low = []  # negated: -low[0] is the largest of the lower half
        self.high = []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
