"""Fewest coins for every amount from 0 to K, each from the amounts one coin less: the oracle.

fewest[v] = 1 + the least fewest[v - c] over the coins c <= v: the textbook coin
change DP, which is right for any set of coins, so it checks the greedy answer
without trusting that the coins divide each other. K can reach 10^8, far too many
amounts: only for small K.

Time: O(N * K). Space: O(K).
"""
import sys

input = sys.stdin.readline

n, k = map(int, input().split())
coins = [int(input()) for _ in range(n)]
fewest = [0] + [k + 1] * k  # k + 1 coins: more than ever needed
for v in range(1, k + 1):
    for c in coins:
        if c <= v and fewest[v - c] + 1 < fewest[v]:
            fewest[v] = fewest[v - c] + 1
print(fewest[k])
