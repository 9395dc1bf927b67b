"""43163: breadth-first search that adds one for every word taken off the queue instead of one per step."""

from collections import deque


def solution(begin, target, words):
    if target not in words:
        return 0
    visited = {begin}
    queue = deque([begin])
    answer = 0
    while queue:
        word = queue.popleft()
        if word == target:
            return answer
        for other in words:
            if other not in visited and sum(a != b for a, b in zip(word, other)) == 1:
                visited.add(other)
                queue.append(other)
        answer += 1
    return 0
