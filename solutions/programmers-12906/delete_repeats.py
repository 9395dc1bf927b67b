"""Delete an element equal to its left neighbour, again and again, until none is left.

The statement read literally: a repeat is an element equal to the one just
before it, and every repeat must go. It rescans from the start after each
deletion, so it is the oracle: slow, but nothing in it can be clever and wrong.

Time: O(n^2) with many repeats. Space: O(n) for the copy.
"""


def solution(arr):
    """arr with every element equal to its predecessor removed, one at a time."""
    kept = list(arr)
    while True:
        repeat = next((i for i in range(1, len(kept)) if kept[i] == kept[i - 1]), None)
        if repeat is None:
            return kept
        del kept[repeat]
