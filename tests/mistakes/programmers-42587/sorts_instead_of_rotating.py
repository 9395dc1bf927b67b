"""42587: ranks processes by (priority descending, index), ignoring that the queue rotates after each run."""


def solution(priorities, location):
    order = sorted(range(len(priorities)), key=lambda i: (-priorities[i], i))
    return order.index(location) + 1
