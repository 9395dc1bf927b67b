"""An even count returns one middle number (the upper one) instead of the mean of the two."""
from bisect import insort


class MedianFinder:
    def __init__(self):
        self.nums = []

    def addNum(self, num: int) -> None:
        insort(self.nums, num)

    def findMedian(self) -> float:
        return float(self.nums[len(self.nums) // 2])
