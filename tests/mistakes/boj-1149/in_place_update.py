"""Updates the three totals one after another, so green and blue read this house's new red total."""
import sys

input = sys.stdin.readline
n = int(input())
red = green = blue = 0
for _ in range(n):
    r, g, b = map(int, input().split())
    red = min(green, blue) + r
    green = min(red, blue) + g
    blue = min(red, green) + b
print(min(red, green, blue))
