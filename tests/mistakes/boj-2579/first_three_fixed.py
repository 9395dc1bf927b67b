"""Fills dp[0], dp[1] and dp[2] before the loop, which fails with an IndexError when N is 1 or 2."""
import sys

input = sys.stdin.readline
n = int(input())
s = [int(input()) for _ in range(n)]
dp = [0] * n
dp[0] = s[0]
dp[1] = s[0] + s[1]
dp[2] = max(s[0] + s[2], s[1] + s[2])
for i in range(3, n):
    dp[i] = max(dp[i - 2], dp[i - 3] + s[i - 1]) + s[i]
print(dp[n - 1])
