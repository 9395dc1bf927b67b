"""A forward table that never carries the best so far to the next day: only days on which a consultation ends keep pay."""
import sys

input = sys.stdin.readline

n = int(input())
earned = [0] * (n + 2)
for day in range(1, n + 1):
    t, p = map(int, input().split())
    if day + t <= n + 1:
        earned[day + t] = max(earned[day + t], earned[day] + p)
print(max(earned))
