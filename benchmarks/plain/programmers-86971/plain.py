"""Splitting the power grid: cut each wire in turn, count with a BFS the towers still joined to
one end of it, and keep the smallest difference between the two parts.

Idea: build adjacency lists; for every wire (a, b), BFS from a without using that wire.
If it reaches cnt towers the other side has n - cnt, and the difference is |n - 2 cnt|.

Time: O(n^2) (n - 1 cuts, a BFS of O(n) each). Space: O(n).
Written plainly: a list of lists rebuilt once, a deque BFS with a visited list per cut.
"""

from collections import deque


def bfs(start, graph, n, cut_a, cut_b):
    visited = [False] * (n + 1)
    visited[start] = True
    q = deque()
    q.append(start)
    count = 1
    while q:
        now = q.popleft()
        for nxt in graph[now]:
            if (now == cut_a and nxt == cut_b) or (now == cut_b and nxt == cut_a):
                continue
            if not visited[nxt]:
                visited[nxt] = True
                count += 1
                q.append(nxt)
    return count


def solution(n, wires):
    graph = [[] for _ in range(n + 1)]
    for a, b in wires:
        graph[a].append(b)
        graph[b].append(a)

    answer = n
    for a, b in wires:
        count = bfs(a, graph, n, a, b)
        diff = abs(n - 2 * count)
        if diff < answer:
            answer = diff
    return answer
