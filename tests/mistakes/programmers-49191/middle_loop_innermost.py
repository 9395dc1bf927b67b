"""49191: Floyd-Warshall with the loops in the wrong order (i, j, k): the middle boxer k innermost."""


def solution(n, results):
    win = [[False] * (n + 1) for _ in range(n + 1)]
    for a, b in results:
        win[a][b] = True
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            for k in range(1, n + 1):
                if win[i][k] and win[k][j]:
                    win[i][j] = True
    answer = 0
    for x in range(1, n + 1):
        known = sum(1 for y in range(1, n + 1) if win[x][y] or win[y][x])
        if known == n - 1:
            answer += 1
    return answer
