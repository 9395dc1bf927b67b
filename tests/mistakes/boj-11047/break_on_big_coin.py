"""Largest coin first, but stops at the first coin larger than the amount left (break instead of continue)."""
import sys

input = sys.stdin.readline
n, k = map(int, input().split())
coins = [int(input()) for _ in range(n)]
count = 0
for coin in reversed(coins):
    if coin > k:
        break
    count += k // coin
    k %= coin
print(count)
