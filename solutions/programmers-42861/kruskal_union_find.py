"""Kruskal: take bridges from cheapest up, skipping any that joins two islands already connected.

A union-find forest answers "already connected?" by comparing the roots of the
two islands; path halving keeps the trees flat.

Time: O(E log E). Space: O(n).
"""


def solution(n, costs):
    """Total cost of the bridges Kruskal keeps."""
    parent = list(range(n))

    def root(x):
        """The representative of x's group, halving the path on the way."""
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    for a, b, cost in sorted(costs, key=lambda bridge: bridge[2]):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
    return total
