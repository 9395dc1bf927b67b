"""Count the kinds with a set; we can take one of each kind, but no more than N/2 monsters.

If there are at least N/2 kinds, take N/2 monsters of different kinds; otherwise
take one of every kind and fill up with repeats, which add no kind.

Time: O(n). Space: O(k) for k kinds.
"""


def solution(nums):
    """min(number of kinds, N/2), in integers."""
    return min(len(set(nums)), len(nums) // 2)
