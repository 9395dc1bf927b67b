"""42898: reads a puddle [x, y] as [row, column], though x is the column (1..m) and y the row (1..n)."""

MOD = 1_000_000_007


def solution(m, n, puddles):
    wet = {(row, col) for row, col in puddles}
    count = [[0] * (m + 1) for _ in range(n + 1)]
    count[1][1] = 1
    for row in range(1, n + 1):
        for col in range(1, m + 1):
            if (row, col) == (1, 1) or (row, col) in wet:
                continue
            count[row][col] = (count[row - 1][col] + count[row][col - 1]) % MOD
    return count[n][m]
