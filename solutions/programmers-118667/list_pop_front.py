"""The greedy of greedy_deque.py on plain lists: list.pop(0) shifts the whole list.

Same moves, same 3n bound, but every pop from the front of a Python list moves
all the remaining items, so each move costs O(n). Correct, and too slow at
n = 300,000: this is the one-line difference from the deque version.

Time: O(n^2). Space: O(n).
"""


def solution(queue1, queue2):
    """Moves until the sums are equal, or -1 after 3n moves, with lists as queues."""
    q1, q2 = list(queue1), list(queue2)
    sum1, total = sum(q1), sum(q1) + sum(q2)
    if total % 2:
        return -1
    target = total // 2
    for moves in range(3 * len(queue1) + 1):
        if sum1 == target:
            return moves
        if sum1 > target:
            x = q1.pop(0)  # O(n): the slow line
            q2.append(x)
            sum1 -= x
        else:
            x = q2.pop(0)
            q1.append(x)
            sum1 += x
    return -1
