"""86971: takes n - 2 * side without abs(), so a cut leaving the larger side on the counted end wins with a negative value."""

from collections import deque


def solution(n, wires):
    graph = [[] for _ in range(n + 1)]
    for a, b in wires:
        graph[a].append(b)
        graph[b].append(a)
    answer = n
    for a, b in wires:
        seen, queue = {a}, deque([a])
        while queue:
            for nxt in graph[queue.popleft()]:
                if nxt not in seen and nxt != b:
                    seen.add(nxt)
                    queue.append(nxt)
        answer = min(answer, n - 2 * len(seen))
    return answer
