"""One pass with a set of the numbers seen so far: a number already in it is a repeat.

Stops at the second copy of the first repeat; with no repeat it reads every number.

Time: O(n). Space: O(n).
"""
from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        """True at the first number seen before."""
        seen = set()
        for x in nums:
            if x in seen:
                return True
            seen.add(x)
        return False
