"""Counts sums with the order of the terms ignored (1 + 2 and 2 + 1 counted once): partitions, not ordered sums."""
import sys

input = sys.stdin.readline
t = int(input())
for _ in range(t):
    n = int(input())
    count = 0
    for threes in range(n // 3 + 1):
        for twos in range((n - 3 * threes) // 2 + 1):
            count += 1  # the rest is ones
    print(count)
