"""One row of counts, updated in place: after the update, ways[x] = ways from above + ways[x - 1] from the left.

A puddle resets its cell to 0. Puddles are [x, y] = [column, row].

Time: O(m * n). Space: O(m).
"""

MOD = 1_000_000_007


def solution(m, n, puddles):
    """Right-and-down paths from (1, 1) to (m, n) that avoid every puddle, modulo 1,000,000,007."""
    wet = {(x, y) for x, y in puddles}
    ways = [0] * (m + 1)
    ways[1] = 1
    for y in range(1, n + 1):
        for x in range(1, m + 1):
            ways[x] = 0 if (x, y) in wet else (ways[x] + ways[x - 1]) % MOD
    return ways[m]
