"""Greedy: always take the meeting that ends first among those that start after the last one taken.

Sorted by end time, and by start time among equal ends (so a zero-length meeting
[t, t] comes after [s, t] and both are taken), each meeting is taken when it starts
no earlier than the last taken one ends. Ending earliest leaves the most room.

Time: O(N log N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
meetings = [tuple(map(int, input().split())) for _ in range(n)]
meetings.sort(key=lambda m: (m[1], m[0]))
count, free_from = 0, 0
for start, end in meetings:
    if start >= free_from:
        count += 1
        free_from = end
print(count)
