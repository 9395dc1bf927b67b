"""42898: never takes the answer modulo 1,000,000,007 (Python's big integers hide the overflow)."""


def solution(m, n, puddles):
    wet = {(x, y) for x, y in puddles}
    count = [[0] * (m + 1) for _ in range(n + 1)]
    count[1][1] = 1
    for y in range(1, n + 1):
        for x in range(1, m + 1):
            if (x, y) != (1, 1) and (x, y) not in wet:
                count[y][x] = count[y - 1][x] + count[y][x - 1]
    return count[n][m]
