"""The lower half is a max-heap of negated numbers, and its top is read without negating it back: the
median comes out with the wrong sign (or a wrong mean) unless it is 0."""
import heapq


class MedianFinder:
    def __init__(self):
        self.low, self.high = [], []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(self.low[0])
        return (self.low[0] + self.high[0]) / 2
