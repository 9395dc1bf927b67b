"""The same DP keeping two rows: the previous row and the one being filled.

Row i needs only row i - 1 (above and the diagonal) and its own left neighbour,
so two lists of M + 1 numbers suffice; the letters of the second string are walked
with zip so that each cell costs a few local operations.

Time: O(N * M). Space: O(M).
"""
import sys

input = sys.stdin.readline

a, b = input().strip(), input().strip()
above = [0] * (len(b) + 1)
for letter in a:
    row = [0]
    left = 0
    for j, other in enumerate(b):
        if letter == other:
            left = above[j] + 1
        elif above[j + 1] > left:
            left = above[j + 1]
        row.append(left)
    above = row
print(above[-1])
