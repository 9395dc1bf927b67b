"""Compares with <= in the O(N^2) DP, so equal terms extend a subsequence (non-decreasing, not increasing)."""
import sys

input = sys.stdin.readline
n = int(input())
terms = list(map(int, input().split()))
longest = [1] * n
for i in range(n):
    for j in range(i):
        if terms[j] <= terms[i]:
            longest[i] = max(longest[i], longest[j] + 1)
print(max(longest))
