"""42587: stops when a process with the wanted process's priority runs, not the wanted process itself."""

from collections import deque


def solution(priorities, location):
    target = priorities[location]
    queue = deque(priorities)
    answer = 0
    while queue:
        p = queue.popleft()
        if any(q > p for q in queue):
            queue.append(p)
        else:
            answer += 1
            if p == target:
                return answer
    return answer
