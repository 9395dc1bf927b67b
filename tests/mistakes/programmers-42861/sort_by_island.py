"""42861: Kruskal after costs.sort() with no key, which orders the bridges by their first island, not by cost."""


def solution(n, costs):
    parent = list(range(n))

    def root(x):
        while parent[x] != x:
            x = parent[x]
        return x

    costs.sort()
    total = 0
    for a, b, cost in costs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
            total += cost
    return total
