"""Ranking: Floyd-Warshall on a win table, then a boxer's rank is known when the boxers
known to beat or lose to them number n - 1.

Idea: win[a][b] is True when a is known to beat b. For every middle boxer k (outer loop),
if a beat k and k beat b then a beat b. Then count, for each boxer, wins plus losses.

Time: O(n^3). Space: O(n^2).
Written plainly: a list of lists of booleans, the textbook triple loop with no skipping.
"""


def solution(n, results):
    win = [[False] * (n + 1) for _ in range(n + 1)]
    for a, b in results:
        win[a][b] = True

    for k in range(1, n + 1):
        for a in range(1, n + 1):
            for b in range(1, n + 1):
                if win[a][k] and win[k][b]:
                    win[a][b] = True

    answer = 0
    for i in range(1, n + 1):
        count = 0
        for j in range(1, n + 1):
            if win[i][j] or win[j][i]:
                count += 1
        if count == n - 1:
            answer += 1
    return answer
