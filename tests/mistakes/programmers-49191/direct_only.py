"""49191: counts only each boxer's own matches, ignoring chains of wins (a beat b, b beat c, so a beats c)."""


def solution(n, results):
    met = [set() for _ in range(n + 1)]
    for a, b in results:
        met[a].add(b)
        met[b].add(a)
    return sum(1 for x in range(1, n + 1) if len(met[x]) == n - 1)
