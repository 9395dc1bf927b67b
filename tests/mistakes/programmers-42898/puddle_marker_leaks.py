"""42898: marks puddles with -1 and then adds the neighbours' values without skipping the marker."""

MOD = 1_000_000_007


def solution(m, n, puddles):
    count = [[0] * (m + 1) for _ in range(n + 1)]
    for x, y in puddles:
        count[y][x] = -1
    count[1][1] = 1
    for y in range(1, n + 1):
        for x in range(1, m + 1):
            if (x, y) != (1, 1) and count[y][x] != -1:
                count[y][x] = (count[y - 1][x] + count[y][x - 1]) % MOD
    return count[n][m]
