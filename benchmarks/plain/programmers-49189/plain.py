"""Farthest nodes: breadth-first search from node 1 over adjacency lists, then count the
nodes at the largest distance.

Idea: build a list of neighbour lists, run BFS with a deque, recording each node's
distance when it is first queued (distance -1 means not visited), then count how many
nodes have the maximum distance.

Time: O(n + E). Space: O(n + E).
Written plainly: a list of lists for the graph, a deque queue, a dist list, max() then a counting loop.
"""

from collections import deque


def solution(n, edge):
    graph = [[] for _ in range(n + 1)]
    for a, b in edge:
        graph[a].append(b)
        graph[b].append(a)

    dist = [-1] * (n + 1)
    dist[1] = 0
    q = deque()
    q.append(1)
    while q:
        now = q.popleft()
        for nxt in graph[now]:
            if dist[nxt] == -1:
                dist[nxt] = dist[now] + 1
                q.append(nxt)

    far = max(dist)
    answer = 0
    for i in range(1, n + 1):
        if dist[i] == far:
            answer += 1
    return answer
