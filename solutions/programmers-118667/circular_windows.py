"""Look at every stretch of the circle queue1 + queue2 whose sum is half the total.

Laid end to end, queue1 + queue2 is a circle, and queue1 is always one stretch of
it. After i pops from queue1 and j - n pops from queue2, queue1 holds ext[i:j]
of the circle unrolled twice, which costs i + j - n moves. A sliding window finds,
for each start, the one stretch with the target sum (values are positive); the
cheapest unrolling of each (j must reach n) gives the answer.

Time: O(n). Space: O(n) for the doubled array.
"""


def solution(queue1, queue2):
    """The cheapest stretch of the circle with half the total, or -1."""
    n = len(queue1)
    ring = queue1 + queue2
    total = sum(ring)
    if total % 2:
        return -1
    target, ext = total // 2, ring + ring
    best, end, window = -1, 0, 0
    for start in range(2 * n):
        while end < start + 2 * n - 1 and window < target:
            window += ext[end]
            end += 1
        if window == target:
            cost = start + end - n if end >= n else start + end + 3 * n  # else: once more round
            best = cost if best < 0 else min(best, cost)
        window -= ext[start]
    return best
