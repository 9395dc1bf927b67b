"""Three running totals: the least cost so far if the current house is red, green or blue.

A house painted red follows a green or a blue one, so its total is its red cost
plus the smaller of the previous green and blue totals; the same for the other
two colours. All three are computed from the previous house's totals at once.

Time: O(N). Space: O(1).
"""
import sys

input = sys.stdin.readline

n = int(input())
red = green = blue = 0
for _ in range(n):
    r, g, b = map(int, input().split())
    red, green, blue = min(green, blue) + r, min(red, blue) + g, min(red, green) + b
print(min(red, green, blue))
