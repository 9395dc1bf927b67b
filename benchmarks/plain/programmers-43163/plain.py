"""BFS from begin over words, stepping to any unvisited word one letter away; 0 if target is unreachable.

Time: O(W^2 * L) for W words of length L. Space: O(W).
Written plainly: deque of (word, steps), a visited list, a helper that counts differing letters.
"""

from collections import deque


def one_diff(a, b):
    diff = 0
    for i in range(len(a)):
        if a[i] != b[i]:
            diff += 1
    return diff == 1


def solution(begin, target, words):
    if target not in words:
        return 0
    visited = [False] * len(words)
    queue = deque()
    queue.append((begin, 0))
    while queue:
        word, steps = queue.popleft()
        if word == target:
            return steps
        for i in range(len(words)):
            if not visited[i] and one_diff(word, words[i]):
                visited[i] = True
                queue.append((words[i], steps + 1))
    return 0
