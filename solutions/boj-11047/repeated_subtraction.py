"""Greedy by repeated subtraction: while the largest coin fits, subtract it and count one coin.

The same greedy choice as greedy_divmod, made one coin at a time: K / A[N] loops and
then fewer for each smaller coin. With a single coin of 1 and K = 10^8 that is a
hundred million iterations: correct, but too slow at the maximum.

Time: O(N + K / A[N] + sum of A[i+1] / A[i]). Space: O(N).
"""
import sys

input = sys.stdin.readline

n, k = map(int, input().split())
coins = [int(input()) for _ in range(n)]
count = 0
for coin in reversed(coins):
    while k >= coin:
        k -= coin
        count += 1
print(count)
