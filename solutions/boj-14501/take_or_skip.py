"""Recursion on the first free day: either skip it, or take its consultation (if it ends by
day N) and jump past it. Memoised on the day.

Time: O(N). Space: O(N).
"""
import sys
from functools import lru_cache

input = sys.stdin.readline

n = int(input())
schedule = [tuple(map(int, input().split())) for _ in range(n)]


@lru_cache(maxsize=None)
def most(day):
    if day >= n:
        return 0
    t, p = schedule[day]
    skip = most(day + 1)
    return max(skip, p + most(day + t)) if day + t <= n else skip


print(most(0))
