"""Counts per value in a Fenwick tree over -10^5..10^5; the k-th smallest is found by descending the tree's
powers of two, and the median is the middle one or the mean of the middle two.

Time: O(log V) per call, V = 200,001 values. Space: O(V).
"""

OFFSET = 100_001
SIZE = 1 << 18  # a power of two above 200,001


class MedianFinder:
    def __init__(self):
        self.tree = [0] * (SIZE + 1)
        self.count = 0

    def addNum(self, num: int) -> None:
        i = num + OFFSET
        while i <= SIZE:
            self.tree[i] += 1
            i += i & -i
        self.count += 1

    def _kth(self, k):
        """The k-th smallest number added (1-based)."""
        pos, step = 0, SIZE
        while step:
            if pos + step <= SIZE and self.tree[pos + step] < k:
                pos += step
                k -= self.tree[pos]
            step >>= 1
        return pos + 1 - OFFSET

    def findMedian(self) -> float:
        n = self.count
        if n % 2:
            return float(self._kth(n // 2 + 1))
        return (self._kth(n // 2) + self._kth(n // 2 + 1)) / 2
