"""Greedy from the largest coin: take as many as fit, K // coin, and go on with the rest, K % coin.

Since every coin divides the next, a larger coin can always stand in for the
smaller coins it equals, so taking the largest first never costs a coin.

Time: O(N). Space: O(N).
"""
import sys

input = sys.stdin.readline

n, k = map(int, input().split())
coins = [int(input()) for _ in range(n)]
count = 0
for coin in reversed(coins):
    count += k // coin
    k %= coin
print(count)
