"""Depth-first search from every computer not yet seen; each search is one network.

The search reads the adjacency matrix row by row, with an explicit stack.

Time: O(n^2). Space: O(n).
"""


def solution(n, computers):
    """Count the searches needed to see every computer."""
    seen = [False] * n
    networks = 0
    for start in range(n):
        if seen[start]:
            continue
        networks += 1
        seen[start] = True
        stack = [start]
        while stack:
            i = stack.pop()
            for j in range(n):
                if computers[i][j] and not seen[j]:
                    seen[j] = True
                    stack.append(j)
    return networks
