"""On a match adds 1 to max(above, left) instead of to the diagonal, so one letter is matched twice."""
import sys

input = sys.stdin.readline
a, b = input().strip(), input().strip()
common = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
for i in range(1, len(a) + 1):
    for j in range(1, len(b) + 1):
        if a[i - 1] == b[j - 1]:
            common[i][j] = max(common[i - 1][j], common[i][j - 1]) + 1
        else:
            common[i][j] = max(common[i - 1][j], common[i][j - 1])
print(common[-1][-1])
