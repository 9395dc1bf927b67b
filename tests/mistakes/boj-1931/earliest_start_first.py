"""Greedy by start time: takes the meeting that starts first, even when it runs long."""
import sys

input = sys.stdin.readline
n = int(input())
meetings = sorted(tuple(map(int, input().split())) for _ in range(n))
count, free_from = 0, 0
for start, end in meetings:
    if start >= free_from:
        count += 1
        free_from = end
print(count)
