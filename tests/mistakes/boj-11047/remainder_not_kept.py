"""Adds K // coin for every coin but never reduces K to the remainder, so the same value is paid many times."""
import sys

input = sys.stdin.readline
n, k = map(int, input().split())
coins = [int(input()) for _ in range(n)]
count = 0
for coin in reversed(coins):
    count += k // coin
print(count)
