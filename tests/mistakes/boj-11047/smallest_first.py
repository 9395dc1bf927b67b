"""Goes through the coins in the order given, smallest first: the coin of 1 takes the whole amount."""
import sys

input = sys.stdin.readline
n, k = map(int, input().split())
coins = [int(input()) for _ in range(n)]
count = 0
for coin in coins:
    count += k // coin
    k %= coin
print(count)
