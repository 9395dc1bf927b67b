"""Sort, count the runs of equal numbers (one run per kind), then cap at N/2.

After sorting, monsters of one kind sit together, so the kinds are the
positions where the number changes, plus one.

Time: O(n log n). Space: O(n) for the sorted copy.
"""


def solution(nums):
    """Kinds counted as runs in sorted order, at most len(nums) // 2."""
    ordered = sorted(nums)
    kinds = 1 + sum(1 for a, b in zip(ordered, ordered[1:]) if a != b)
    return min(kinds, len(nums) // 2)
