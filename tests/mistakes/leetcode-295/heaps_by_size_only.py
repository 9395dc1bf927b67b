"""The two heaps are balanced by size only: each number goes to whichever half is smaller, never compared
with the other half's top, so the lower half can hold a number larger than the upper half's smallest."""
import heapq


class MedianFinder:
    def __init__(self):
        self.low, self.high = [], []

    def addNum(self, num: int) -> None:
        if len(self.low) <= len(self.high):
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
