"""Greedy with two deques: while the sums differ, move the front of the heavier queue to the
back of the lighter one, keeping both sums up to date; give up after 3n moves (the longest
possible answer is 3n - 3).

Time: O(n). Space: O(n).
Written plainly: collections.deque for both queues, two running sums, a while loop with a
move counter and a fixed cap of len(queue1) * 3.
"""
from collections import deque


def solution(queue1, queue2):
    q1 = deque(queue1)
    q2 = deque(queue2)
    sum1 = sum(q1)
    sum2 = sum(q2)
    limit = len(queue1) * 3
    answer = 0
    while sum1 != sum2:
        if answer > limit:
            return -1
        if sum1 > sum2:
            x = q1.popleft()
            q2.append(x)
            sum1 -= x
            sum2 += x
        else:
            x = q2.popleft()
            q1.append(x)
            sum2 -= x
            sum1 += x
        answer += 1
    return answer
