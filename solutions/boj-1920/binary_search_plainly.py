"""Sort the values, then a hand-written binary search per question, printing each answer as found.

lo and hi bound the part of the list still in question; it shrinks by half
each step until the value is met or nothing is left (lo > hi).

Time: O((N + M) log N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
values = sorted(map(int, input().split()))
m = int(input())
for x in map(int, input().split()):
    lo, hi = 0, n - 1
    found = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if values[mid] == x:
            found = 1
            break
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    print(found)
