"""Keep every food in one sorted list and mix the two mildest, exactly as told.

The list stays sorted: the two mildest are the next two from the front, and each
new food is inserted where it belongs. This is the story read literally, so it is
the oracle; inserting into a Python list shifts the tail, which is slow when
many new foods land among the old ones.

Time: O(n^2) in the worst case. Space: O(n).
"""

from bisect import insort


def solution(scoville, K):
    """Mixes until the mildest food is at least K, or -1 when one food is left short of it."""
    foods = sorted(scoville)
    first = 0  # foods[first:] are the foods still on the table
    mixes = 0
    while foods[first] < K:
        if len(foods) - first < 2:
            return -1
        mildest, second = foods[first], foods[first + 1]
        first += 2
        insort(foods, mildest + second * 2, lo=first)
        mixes += 1
    return mixes
