"""Gives up after n moves (len(queue1)): answers up to 3n - 3 are turned into -1."""

from collections import deque


def solution(queue1, queue2):
    q1, q2 = deque(queue1), deque(queue2)
    sum1, total = sum(q1), sum(q1) + sum(q2)
    if total % 2:
        return -1
    for moves in range(len(queue1) + 1):
        if sum1 == total // 2:
            return moves
        if sum1 > total // 2:
            x = q1.popleft()
            q2.append(x)
            sum1 -= x
        else:
            x = q2.popleft()
            q1.append(x)
            sum1 += x
    return -1
