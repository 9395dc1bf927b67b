"""Grid DP: each cell's path count is the sum of the cell above and the cell to its left; puddles stay 0.

Puddles are [x, y] = [column, row]; the table has a zero row and column at index 0.

Time: O(m * n * p) with p <= 10 puddles checked per cell, i.e. O(m * n). Space: O(m * n).
Written plainly: a list of lists, `[x, y] in puddles` on the list itself, modulo on every cell.
"""


def solution(m, n, puddles):
    MOD = 1000000007
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    dp[1][1] = 1
    for y in range(1, n + 1):
        for x in range(1, m + 1):
            if x == 1 and y == 1:
                continue
            if [x, y] in puddles:
                dp[y][x] = 0
            else:
                dp[y][x] = (dp[y - 1][x] + dp[y][x - 1]) % MOD
    return dp[n][m]
