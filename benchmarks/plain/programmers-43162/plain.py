"""Recursive DFS from each unvisited computer over the adjacency matrix; each start is one network.

Time: O(n^2): every row of the matrix is scanned once. Space: O(n) (visited list, recursion depth <= n).
Written plainly: a visited list, a recursive dfs scanning the whole row, a counter.
"""

import sys

sys.setrecursionlimit(10000)


def solution(n, computers):
    visited = [False] * n

    def dfs(v):
        visited[v] = True
        for u in range(n):
            if computers[v][u] == 1 and not visited[u]:
                dfs(u)

    answer = 0
    for i in range(n):
        if not visited[i]:
            dfs(i)
            answer += 1
    return answer
