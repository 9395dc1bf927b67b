"""86971: removes the cut wire from ``rest = wires`` (an alias, not a copy), so every later cut also loses the earlier wires."""

from collections import deque


def solution(n, wires):
    answer = n
    for cut in wires[:]:
        rest = wires
        rest.remove(cut)
        graph = [[] for _ in range(n + 1)]
        for a, b in rest:
            graph[a].append(b)
            graph[b].append(a)
        seen, queue = {cut[0]}, deque([cut[0]])
        while queue:
            for nxt in graph[queue.popleft()]:
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        answer = min(answer, abs(n - 2 * len(seen)))
    return answer
