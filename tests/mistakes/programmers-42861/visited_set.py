"""42861: keeps a set of visited islands instead of union-find; a bridge is taken only if one end is new, so groups built apart are never joined."""


def solution(n, costs):
    visited = set()
    total = 0
    for a, b, cost in sorted(costs, key=lambda c: c[2]):
        if a not in visited or b not in visited:
            visited.update((a, b))
            total += cost
    return total
