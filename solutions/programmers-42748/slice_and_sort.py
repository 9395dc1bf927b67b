"""Slice each piece out (1-based, inclusive), sort it, and read position k - 1.

sorted() makes a new list, so the original array is the same for every command.

Time: O(c * n log n) for c commands. Space: O(n).
"""


def solution(array, commands):
    """sorted(array[i-1:j])[k-1] for every command."""
    return [sorted(array[i - 1:j])[k - 1] for i, j, k in commands]
