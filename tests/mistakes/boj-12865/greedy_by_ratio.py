"""Greedy by value per weight: takes the best ratio first, which misses a better combination."""
import sys

input = sys.stdin.readline
n, k = map(int, input().split())
items = [tuple(map(int, input().split())) for _ in range(n)]
items.sort(key=lambda item: -item[1] / item[0])
room, total = k, 0
for w, v in items:
    if w <= room:
        room -= w
        total += v
print(total)
