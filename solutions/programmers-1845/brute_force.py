"""Try every way to take half of the monsters and keep the most kinds seen.

The statement read literally: choose N/2 of the N monsters in every possible
way and count the kinds in each choice. It knows nothing about why the answer
is a simple minimum, which makes it the oracle. Exponential: tiny inputs only.

Time: O(C(n, n/2) * n). Space: O(n).
"""

from itertools import combinations


def solution(nums):
    """The most kinds among all choices of len(nums) // 2 monsters."""
    return max(len(set(pick)) for pick in combinations(nums, len(nums) // 2))
