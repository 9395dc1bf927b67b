"""A list kept sorted with bisect.insort; the median is read from the middle.

Time: O(n) per addNum (a C memmove), O(1) per findMedian. Space: O(n).
"""
from bisect import insort


class MedianFinder:
    def __init__(self):
        self.nums = []

    def addNum(self, num: int) -> None:
        insort(self.nums, num)

    def findMedian(self) -> float:
        n = len(self.nums)
        if n % 2:
            return float(self.nums[n // 2])
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) / 2
