"""Counts only the computers linked to computer 1 directly, not those reached through others."""
import sys

input = sys.stdin.readline
n = int(input())
neighbours = set()
for _ in range(int(input())):
    a, b = map(int, input().split())
    if a == 1:
        neighbours.add(b)
    if b == 1:
        neighbours.add(a)
print(len(neighbours))
