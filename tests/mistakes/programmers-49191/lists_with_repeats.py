"""49191: merges wins and losses in lists, not sets, so a boxer reached by two chains is counted twice."""


def solution(n, results):
    wins = [[] for _ in range(n + 1)]
    losses = [[] for _ in range(n + 1)]
    for a, b in results:
        wins[a].append(b)
        losses[b].append(a)
    for k in range(1, n + 1):
        for winner in losses[k]:
            wins[winner] += wins[k]
        for loser in wins[k]:
            losses[loser] += losses[k]
    return sum(1 for x in range(1, n + 1) if len(wins[x]) + len(losses[x]) == n - 1)
