"""The mirror greedy: walk time backwards and take the meeting that starts last.

Sorted by start time, latest first (and by end time, latest first, among equal
starts), each meeting is taken when it ends no later than the earliest start taken
so far. Starting latest leaves the most room before it, as ending earliest does after.

Time: O(N log N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
meetings = [tuple(map(int, sys.stdin.readline().split())) for _ in range(n)]
meetings.sort(key=lambda m: (-m[0], -m[1]))
count, busy_from = 0, float("inf")
for start, end in meetings:
    if end <= busy_from:
        count += 1
        busy_from = start
print(count)
