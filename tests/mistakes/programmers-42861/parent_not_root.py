"""42861: union-find that compares parent[a] with parent[b] and sets parent[b] = parent[a], never following parents up to the root."""


def solution(n, costs):
    parent = list(range(n))
    total = 0
    for a, b, cost in sorted(costs, key=lambda c: c[2]):
        if parent[a] != parent[b]:
            parent[b] = parent[a]
            total += cost
    return total
