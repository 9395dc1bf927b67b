"""Binary search on the values as given, never sorted: a value that is there can be missed."""
import sys

input = sys.stdin.readline
n = int(input())
values = list(map(int, input().split()))
m = int(input())
for x in map(int, input().split()):
    lo, hi, found = 0, n - 1, 0
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
