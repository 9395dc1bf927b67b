"""The full table: common[i][j] is the LCS length of the first i letters of one string and the first j of the other.

If letter i equals letter j, both can end the common subsequence: common[i-1][j-1]
+ 1. Otherwise one of them is left out: the larger of common[i-1][j] and
common[i][j-1]. The DP as it is usually taught and written.

Time: O(N * M). Space: O(N * M).
"""
import sys

input = sys.stdin.readline

a, b = input().strip(), input().strip()
n, m = len(a), len(b)
common = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    for j in range(1, m + 1):
        if a[i - 1] == b[j - 1]:
            common[i][j] = common[i - 1][j - 1] + 1
        else:
            common[i][j] = max(common[i - 1][j], common[i][j - 1])
print(common[n][m])
