"""0/1 knapsack with the full table: dp[i][j] is the best value using the first i items
within weight j; item i is either left out (dp[i-1][j]) or packed once (dp[i-1][j-w] + v).

Time: O(N * K). Space: O(N * K).
Written plainly: input() per line, the items kept in a list, the whole (N+1) x (K+1) table,
a max() call per cell, module-level loops.
"""
n, k = map(int, input().split())
items = [(0, 0)]
for _ in range(n):
    w, v = map(int, input().split())
    items.append((w, v))

dp = [[0] * (k + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    w, v = items[i]
    for j in range(1, k + 1):
        if j < w:
            dp[i][j] = dp[i - 1][j]
        else:
            dp[i][j] = max(dp[i - 1][j], dp[i - 1][j - w] + v)

print(dp[n][k])
