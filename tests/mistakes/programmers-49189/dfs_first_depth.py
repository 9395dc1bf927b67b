"""49189: depth-first search that keeps the depth at which each node is first reached, not its shortest distance."""

import sys


def solution(n, edge):
    sys.setrecursionlimit(100_000)
    graph = [[] for _ in range(n + 1)]
    for a, b in edge:
        graph[a].append(b)
        graph[b].append(a)
    depth = [-1] * (n + 1)

    def dfs(node, d):
        depth[node] = d
        for nxt in graph[node]:
            if depth[nxt] == -1:
                dfs(nxt, d + 1)

    dfs(1, 0)
    return depth.count(max(depth))
