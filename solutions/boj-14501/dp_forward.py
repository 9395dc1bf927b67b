"""earned[d] is the most pay by the morning of day d (1-based, d = N + 1 the day of leaving):
carry it to the next day, and when day d's consultation ends by day N, offer
earned[d] + P to the morning after it ends.

Time: O(N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
earned = [0] * (n + 2)
for day in range(1, n + 1):
    t, p = map(int, input().split())
    earned[day + 1] = max(earned[day + 1], earned[day])
    if day + t <= n + 1:
        earned[day + t] = max(earned[day + t], earned[day] + p)
print(earned[n + 1])
