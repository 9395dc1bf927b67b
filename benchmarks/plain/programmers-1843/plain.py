"""Interval DP on the numbers: for every stretch i..j keep its largest and its smallest value.
Splitting at the last operator k, a '+' is largest from max + max, a '-' from max - min
(and smallest from min + min, min - max). Stretches are filled by increasing length.

Time: O(k^3) for k numbers. Space: O(k^2).
Written plainly: separate lists of numbers and signs, two k x k tables started at -inf / inf,
max() and min() calls inside the triple loop.
"""


def solution(arr):
    nums = []
    ops = []
    for i in range(len(arr)):
        if i % 2 == 0:
            nums.append(int(arr[i]))
        else:
            ops.append(arr[i])
    k = len(nums)

    max_dp = [[float("-inf")] * k for _ in range(k)]
    min_dp = [[float("inf")] * k for _ in range(k)]
    for i in range(k):
        max_dp[i][i] = nums[i]
        min_dp[i][i] = nums[i]

    for length in range(1, k):
        for i in range(k - length):
            j = i + length
            for m in range(i, j):
                if ops[m] == "+":
                    max_dp[i][j] = max(max_dp[i][j], max_dp[i][m] + max_dp[m + 1][j])
                    min_dp[i][j] = min(min_dp[i][j], min_dp[i][m] + min_dp[m + 1][j])
                else:
                    max_dp[i][j] = max(max_dp[i][j], max_dp[i][m] - min_dp[m + 1][j])
                    min_dp[i][j] = min(min_dp[i][j], min_dp[i][m] - max_dp[m + 1][j])

    return max_dp[0][k - 1]
