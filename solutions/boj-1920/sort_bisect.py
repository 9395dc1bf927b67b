"""Sort the values, then find each question's place with bisect_left and look whether it is there.

The place may be N (past every value): check the index before reading.

Time: O((N + M) log N). Space: O(N + M).
"""
import sys
from bisect import bisect_left

input = sys.stdin.readline

n = int(input())
values = sorted(map(int, input().split()))
m = int(input())
answers = []
for x in map(int, input().split()):
    i = bisect_left(values, x)
    answers.append("1" if i < n and values[i] == x else "0")
print("\n".join(answers))
