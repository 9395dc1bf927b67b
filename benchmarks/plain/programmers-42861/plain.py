"""Kruskal: sort bridges by cost and build each one whose islands have different union-find roots.

Time: O(E log E) for the sort, near O(E) for the unions. Space: O(n + E).
Written plainly: costs.sort with a lambda key, a parent list, a recursive find with path compression.
"""


def find(parent, x):
    if parent[x] != x:
        parent[x] = find(parent, parent[x])
    return parent[x]


def solution(n, costs):
    costs.sort(key=lambda c: c[2])
    parent = [i for i in range(n)]
    answer = 0
    built = 0
    for a, b, cost in costs:
        ra = find(parent, a)
        rb = find(parent, b)
        if ra != rb:
            parent[rb] = ra
            answer += cost
            built += 1
            if built == n - 1:
                break
    return answer
