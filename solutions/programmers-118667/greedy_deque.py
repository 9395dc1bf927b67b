"""Always move from the queue with the larger sum, for at most 3n moves.

Keep both sums. While they differ, pop from the heavier queue onto the lighter
one: every move brings queue1's sum toward the target and the greedy path meets
the cheapest state with equal sums. The answer, when there is one, is at most
3n - 3 moves, so after 3n moves there is none. An odd total never splits evenly.

Time: O(n). Space: O(n) for the deques.
"""

from collections import deque


def solution(queue1, queue2):
    """Moves until the sums are equal, or -1 after 3n moves."""
    q1, q2 = deque(queue1), deque(queue2)
    sum1, total = sum(queue1), sum(queue1) + sum(queue2)
    if total % 2:
        return -1
    target = total // 2
    for moves in range(3 * len(queue1) + 1):
        if sum1 == target:
            return moves
        if sum1 > target:
            x = q1.popleft()
            q2.append(x)
            sum1 -= x
        else:
            x = q2.popleft()
            q1.append(x)
            sum1 += x
    return -1
