"""Greedy, house by house: each house takes its cheapest colour other than the previous house's."""
import sys

input = sys.stdin.readline
n = int(input())
total, before = 0, -1
for _ in range(n):
    row = list(map(int, input().split()))
    colour = min((c for c in range(3) if c != before), key=lambda c: row[c])
    total += row[colour]
    before = colour
print(total)
