"""Reads the lines with sys.stdin.readline and never strips them: the two final newlines match as one more letter."""
import sys

a, b = sys.stdin.readline(), sys.stdin.readline()
common = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
for i in range(1, len(a) + 1):
    for j in range(1, len(b) + 1):
        if a[i - 1] == b[j - 1]:
            common[i][j] = common[i - 1][j - 1] + 1
        else:
            common[i][j] = max(common[i - 1][j], common[i][j - 1])
print(common[-1][-1])
