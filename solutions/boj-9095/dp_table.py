"""Dynamic programming: ways[k] = ways[k - 1] + ways[k - 2] + ways[k - 3], by the first term of the sum.

A sum for k starts with 1, 2 or 3, and the rest is any sum for k - 1, k - 2 or
k - 3. With ways[0] = 1 (the empty rest), the table up to 10 is filled once and
each test case is a look-up, printed with print() one line at a time.

Time: O(10 + T). Space: O(10).
"""
import sys

input = sys.stdin.readline

ways = [0] * 11
ways[0] = 1
for k in range(1, 11):
    ways[k] = sum(ways[k - step] for step in (1, 2, 3) if k - step >= 0)
t = int(input())
for _ in range(t):
    print(ways[int(input())])
