"""Top-down DP: the best sum into each cell is its number plus the better of the two cells above it.

Time: O(R^2) for R rows, i.e. O(cells). Space: O(R^2).
Written plainly: a list of lists copied from the triangle, edge cells handled with if/elif.
"""


def solution(triangle):
    dp = [[0] * len(row) for row in triangle]
    dp[0][0] = triangle[0][0]
    for i in range(1, len(triangle)):
        for j in range(len(triangle[i])):
            if j == 0:
                dp[i][j] = dp[i - 1][j] + triangle[i][j]
            elif j == i:
                dp[i][j] = dp[i - 1][j - 1] + triangle[i][j]
            else:
                dp[i][j] = max(dp[i - 1][j - 1], dp[i - 1][j]) + triangle[i][j]
    return max(dp[-1])
