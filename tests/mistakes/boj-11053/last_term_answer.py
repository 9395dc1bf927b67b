"""Prints the length for the last term (dp[N-1]) instead of the best over every term."""
import sys

input = sys.stdin.readline
n = int(input())
terms = list(map(int, input().split()))
longest = [1] * n
for i in range(n):
    for j in range(i):
        if terms[j] < terms[i]:
            longest[i] = max(longest[i], longest[j] + 1)
print(longest[-1])
