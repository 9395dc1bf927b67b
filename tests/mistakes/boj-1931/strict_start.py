"""Takes a meeting only when it starts strictly after the last one ends (> instead of >=)."""
import sys

input = sys.stdin.readline
n = int(input())
meetings = sorted((tuple(map(int, input().split())) for _ in range(n)), key=lambda m: (m[1], m[0]))
count, free_from = 0, -1
for start, end in meetings:
    if start > free_from:
        count += 1
        free_from = end
print(count)
