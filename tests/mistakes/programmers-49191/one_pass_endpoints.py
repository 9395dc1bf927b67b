"""49191: one pass over the results, each match updating only its two boxers, never those who beat the winner."""


def solution(n, results):
    wins = [set() for _ in range(n + 1)]
    losses = [set() for _ in range(n + 1)]
    for a, b in results:
        wins[a] |= {b} | wins[b]
        losses[b] |= {a} | losses[a]
    return sum(1 for x in range(1, n + 1) if len(wins[x]) + len(losses[x]) == n - 1)
