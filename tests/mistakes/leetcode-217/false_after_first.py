"""Returns False inside the loop, so it answers after looking at the first number only."""
from typing import List


class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        seen = set()
        for x in nums:
            if x in seen:
                return True
            seen.add(x)
            return False
        return False
