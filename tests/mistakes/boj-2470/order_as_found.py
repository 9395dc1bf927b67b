"""Finds a best pair by neighbours in order of size, but prints it in that order: not always ascending."""
import sys

input = sys.stdin.readline
n = int(input())
values = sorted(map(int, input().split()), key=abs)
best = min(zip(values, values[1:]), key=lambda pair: abs(pair[0] + pair[1]))
print(*best)
