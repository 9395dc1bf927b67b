"""Depth-first search: at each index branch on +numbers[i] and -numbers[i].

A leaf (all n numbers used) counts 1 when its running total is the target.
The Kit's intended solution: 2^n leaves, constant work per call.

Time: O(2^n). Space: O(n) for the recursion.
"""


def solution(numbers, target):
    """Number of ways to reach target using every number once, in order."""

    def ways(i, total):
        """Ways to finish from index i with the running total so far."""
        if i == len(numbers):
            return 1 if total == target else 0
        return ways(i + 1, total + numbers[i]) + ways(i + 1, total - numbers[i])

    return ways(0, 0)
