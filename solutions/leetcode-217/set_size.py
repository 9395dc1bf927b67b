"""A set keeps one copy of each value: it is smaller than the list exactly when some value repeats.

Time: O(n). Space: O(n).
"""
from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        """True when the distinct values are fewer than the numbers."""
        return len(set(nums)) < len(nums)
