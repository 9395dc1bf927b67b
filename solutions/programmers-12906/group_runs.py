"""Group the runs of equal neighbours and keep one key per run.

itertools.groupby without a key function yields exactly the maximal runs of
equal consecutive values, which is what the problem collapses.

Time: O(n). Space: O(n) for the answer.
"""

from itertools import groupby


def solution(arr):
    """One value per run of equal neighbours."""
    return [digit for digit, _ in groupby(arr)]
