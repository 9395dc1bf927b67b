"""Sort once; new foods come out in non-decreasing order, so a second queue holds them sorted.

A mix uses the two mildest foods a <= b, and every food left after it is at
least b, so the next mix a' + 2b' has a' >= a and b' >= b: it is no milder. The
new foods therefore join the back of a plain queue in order, and the mildest
food is the smaller of the two queue fronts.

Time: O(n log n) for the sort, then O(n). Space: O(n).
"""

from collections import deque


def solution(scoville, K):
    """Merge the sorted originals with the queue of mixes, mixing while the mildest is below K."""
    old, new = deque(sorted(scoville)), deque()

    def mildest():
        """The queue whose front is the mildest food left."""
        return new if new and (not old or new[0] < old[0]) else old

    mixes = 0
    while mildest()[0] < K:
        if len(old) + len(new) < 2:
            return -1
        first = mildest().popleft()
        new.append(first + mildest().popleft() * 2)
        mixes += 1
    return mixes
