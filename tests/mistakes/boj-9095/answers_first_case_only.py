"""Reads T as if it were n and answers once: the test cases are never read."""
import sys

input = sys.stdin.readline
ways = [0] * 11
ways[0] = 1
for k in range(1, 11):
    ways[k] = sum(ways[k - step] for step in (1, 2, 3) if k - step >= 0)
n = int(input())
print(ways[n] if n <= 10 else 0)
