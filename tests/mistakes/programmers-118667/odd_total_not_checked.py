"""Aims at total // 2 without checking that the total is even: [1] and [2] look balanced at once."""

from collections import deque


def solution(queue1, queue2):
    q1, q2 = deque(queue1), deque(queue2)
    sum1, target = sum(q1), (sum(q1) + sum(q2)) // 2
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
