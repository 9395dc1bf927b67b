"""Fill a table of path counts row by row: each cell is reached from the cell above and the cell to its left.

The table has a zero border (row 0 and column 0), so the edges need no special case;
a puddle keeps its count at 0. Puddles are [x, y] = [column, row].

Time: O(m * n). Space: O(m * n).
"""

MOD = 1_000_000_007


def solution(m, n, puddles):
    """Right-and-down paths from (1, 1) to (m, n) that avoid every puddle, modulo 1,000,000,007."""
    wet = {(x, y) for x, y in puddles}
    count = [[0] * (m + 1) for _ in range(n + 1)]
    count[1][1] = 1
    for y in range(1, n + 1):
        for x in range(1, m + 1):
            if (x, y) == (1, 1) or (x, y) in wet:
                continue
            count[y][x] = (count[y - 1][x] + count[y][x - 1]) % MOD
    return count[n][m]
