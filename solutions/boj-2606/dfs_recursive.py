"""Depth-first search from computer 1 over adjacency lists, counting the computers reached.

Each pair goes into both computers' lists. The count leaves computer 1 out.

Time: O(N + P). Space: O(N + P).
"""
import sys

input = sys.stdin.readline

n = int(input())
graph = [[] for _ in range(n + 1)]
for _ in range(int(input())):
    a, b = map(int, input().split())
    graph[a].append(b)
    graph[b].append(a)
visited = [False] * (n + 1)


def dfs(here):
    visited[here] = True
    for there in graph[here]:
        if not visited[there]:
            dfs(there)


dfs(1)
print(visited.count(True) - 1)
