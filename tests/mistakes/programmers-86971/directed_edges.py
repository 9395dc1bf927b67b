"""86971: stores each wire one way only (v1 -> v2, as if v1 < v2 made v1 the parent), so a search misses towers."""

from collections import deque


def solution(n, wires):
    answer = n
    for cut in wires:
        graph = [[] for _ in range(n + 1)]
        for a, b in wires:
            if [a, b] != cut:
                graph[a].append(b)
        seen, queue = {cut[0]}, deque([cut[0]])
        while queue:
            for nxt in graph[queue.popleft()]:
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        answer = min(answer, abs(n - 2 * len(seen)))
    return answer
