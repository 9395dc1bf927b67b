"""Greedy by length: takes the shortest meetings first, when they fit among those already taken."""
import sys

input = sys.stdin.readline
n = int(input())
meetings = sorted((tuple(map(int, input().split())) for _ in range(n)), key=lambda m: m[1] - m[0])
taken = []
for start, end in meetings:
    if all(end <= s or e <= start for s, e in taken):
        taken.append((start, end))
print(len(taken))
