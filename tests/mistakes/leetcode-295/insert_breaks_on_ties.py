"""A hand-written binary search for the sorted insert stops at an equal number but inserts at its lower bound
lo instead of there: with a tie, the new number can land in front of smaller ones and the list is no longer
sorted ([1, 3] then 3 gives [3, 1, 3])."""


class MedianFinder:
    def __init__(self):
        self.nums = []

    def addNum(self, num: int) -> None:
        lo, hi = 0, len(self.nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.nums[mid] < num:
                lo = mid + 1
            elif self.nums[mid] > num:
                hi = mid
            else:
                break
        self.nums.insert(lo, num)

    def findMedian(self) -> float:
        n = len(self.nums)
        if n % 2:
            return float(self.nums[n // 2])
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) / 2
