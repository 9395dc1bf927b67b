"""For each question, compare it with every value in the list, one by one.

The definition itself, with nothing to get wrong: the oracle. Each question
costs N comparisons, so the maximum takes 10^10 of them.

Time: O(N * M). Space: O(N + M).
"""
import sys

data = sys.stdin.read().split()
n = int(data[0])
values = [int(v) for v in data[1:1 + n]]
m = int(data[1 + n])
for x in data[2 + n:2 + n + m]:
    x = int(x)
    found = 0
    for v in values:
        if v == x:
            found = 1
            break
    print(found)
