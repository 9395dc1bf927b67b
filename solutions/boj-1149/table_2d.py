"""The full table: best[i][c] is the least cost of houses 1..i with house i in colour c.

Row i is filled from row i - 1: for each colour c, the cost of c at house i plus
the least total of the two other colours at house i - 1. The answer is the least
entry of the last row. The DP as most members first write it.

Time: O(N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
costs = [list(map(int, input().split())) for _ in range(n)]
best = [[0] * 3 for _ in range(n)]
best[0] = costs[0][:]
for i in range(1, n):
    for c in range(3):
        best[i][c] = costs[i][c] + min(best[i - 1][d] for d in range(3) if d != c)
print(min(best[n - 1]))
