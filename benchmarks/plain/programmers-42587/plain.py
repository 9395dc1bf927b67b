"""Simulate the scheduler on a queue of [priority, index]: take the front; if any waiting one
has a higher priority put it at the back, else run it and count the turn.

Time: O(n^2): at most about one pass over the queue per priority level, each step O(n). Space: O(n).
Written plainly: a list used as a queue with pop(0), any() over the rest for the check.
"""


def solution(priorities, location):
    queue = []
    for i in range(len(priorities)):
        queue.append([priorities[i], i])
    answer = 0
    while queue:
        current = queue.pop(0)
        if any(current[0] < other[0] for other in queue):
            queue.append(current)
        else:
            answer += 1
            if current[1] == location:
                return answer
    return answer
