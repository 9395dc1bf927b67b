"""Starts the best |sum| at 10**9, but a sum can reach 2 * 10**9: with big values of one sign the best is never set."""
import sys

input = sys.stdin.readline
n = int(input())
values = sorted(map(int, input().split()))
lo, hi = 0, n - 1
best, answer = 10**9, (0, 0)
while lo < hi:
    total = values[lo] + values[hi]
    if abs(total) < best:
        best, answer = abs(total), (values[lo], values[hi])
    if total < 0:
        lo += 1
    else:
        hi -= 1
print(*answer)
