"""Oracle: keep every number as it came; findMedian sorts a copy and reads the middle one or two.

Time: O(1) per addNum, O(n log n) per findMedian. Space: O(n).
"""


class MedianFinder:
    def __init__(self):
        self.nums = []

    def addNum(self, num: int) -> None:
        self.nums.append(num)

    def findMedian(self) -> float:
        ordered = sorted(self.nums)
        n = len(ordered)
        if n % 2:
            return float(ordered[n // 2])
        return (ordered[n // 2 - 1] + ordered[n // 2]) / 2
