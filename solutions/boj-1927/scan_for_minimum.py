"""Keep the values in a plain list; at each 0, find the smallest by looking at all of them and remove it.

Direct simulation of the statement, with no data structure to get wrong: the
oracle. Each 0 costs a pass over everything stored.

Time: O(N^2). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
values = []
for _ in range(n):
    x = int(input())
    if x:
        values.append(x)
    elif values:
        smallest = min(values)
        values.remove(smallest)
        print(smallest)
    else:
        print(0)
