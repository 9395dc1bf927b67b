"""Finds the longest common substring (letters next to each other) instead of a subsequence: a mismatch resets to 0."""
import sys

input = sys.stdin.readline
a, b = input().strip(), input().strip()
common = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
best = 0
for i in range(1, len(a) + 1):
    for j in range(1, len(b) + 1):
        if a[i - 1] == b[j - 1]:
            common[i][j] = common[i - 1][j - 1] + 1
            best = max(best, common[i][j])
print(best)
