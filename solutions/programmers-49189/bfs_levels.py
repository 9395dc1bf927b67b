"""Breadth-first search one level at a time: the answer is the size of the last non-empty level.

Time: O(n + E). Space: O(n + E).
"""


def solution(n, edge):
    """How many nodes are farthest from node 1, counting edges on a shortest path."""
    links = [[] for _ in range(n + 1)]
    for a, b in edge:
        links[a].append(b)
        links[b].append(a)
    seen, level = {1}, [1]
    while True:
        following = []
        for node in level:
            for nxt in links[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    following.append(nxt)
        if not following:
            return len(level)
        level = following
